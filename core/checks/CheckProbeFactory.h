#pragma once

#include "checks/CheckProbe.h"

#include <functional>
#include <memory>

namespace opsdeck {

class CurlMulti;
class MetricStore;
class SshSourcePoller;

// What the probes of a scheduler share; every pointer must outlive the probes made.
struct ProbeServices
{
    CurlMulti* http = nullptr;            // HTTP checks, on the probes' thread (null: each its own)
    SshSourcePoller* ssh = nullptr;       // Nagios checks over SSH
    const MetricStore* metrics = nullptr; // metric and unreachable checks
    const Clock* clock = &Clock::system();
    // The keychain's password for an HTTP or Jenkins check's `user` (empty: none).
    std::function<QString(const CheckDefinition&)> password;
    std::function<QString(const QString& machine, const QString& metric)> sourceHealth; // MetricProbe
    std::function<QString(const QString& machine)> address;                             // TcpProbe
};

// The probe for a check's kind, or null for a kind no probe runs (Lifecycle: the
// scheduler reads the machine's state itself) or a metric check without a store.
std::unique_ptr<CheckProbe> makeCheckProbe(const CheckDefinition& check, const ProbeServices& services);

// Before a probe made by makeCheckProbe runs again: what may have changed outside the
// definition since (an HTTP or Jenkins check's keychain password) is asked again.
void refreshCheckProbe(CheckProbe& probe, const CheckDefinition& check, const ProbeServices& services);

} // namespace opsdeck
