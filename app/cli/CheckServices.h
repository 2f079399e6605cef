#pragma once

#include "checks/CheckProbeFactory.h"
#include "checks/CurlMulti.h"
#include "cli/CommandRegistry.h"
#include "metrics/MetricStore.h"
#include "sources/SshSourcePoller.h"

#include <memory>

namespace opsdeck::cli {

// What the CLI's check runs share (`check run --once`, `deploy --gate`): the metrics
// cache, one network manager, the SSH poller for Nagios checks over SSH, the keychain's
// passwords ("check:NAME") and the inventory's lookups. Lives as long as the probes.
class CheckServices
{
public:
    // NotFound/Failure when the metrics cache cannot be opened.
    static Result<std::unique_ptr<CheckServices>> open(CliContext& ctx, const std::shared_ptr<Database>& db);

    ProbeServices services() const { return m_services; }
    MetricStore& metrics() { return *m_metrics; }

private:
    CheckServices() = default;
    std::unique_ptr<MetricStore> m_metrics;
    std::unique_ptr<CurlMulti> m_http;
    std::unique_ptr<SshSourcePoller> m_ssh;
    ProbeServices m_services;
};

} // namespace opsdeck::cli
