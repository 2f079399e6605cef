#pragma once

#include "checks/CheckProbeFactory.h"
#include "db/Database.h"

#include <memory>

namespace opsdeck {

// The inventory's answers the probes ask for, read from `db` on the calling thread:
// a machine's address (TcpProbe) and, for a metric check with no data, the metric source
// that is down for that machine (MetricProbe → SourceOutage): a source whose every
// target poll for the machine is `down` (source_targets), named "KIND source ID (URL)";
// empty when some source of the machine answers.
namespace check_lookups {

std::function<QString(const QString& machine)> address(std::shared_ptr<Database> db);
std::function<QString(const QString& machine, const QString& metric)>
sourceHealth(std::shared_ptr<Database> db);

// An HTTP or Jenkins check's password: the keychain entry "check:NAME" (empty when none);
// blocks on the keychain, so never on the GUI thread.
QString keychainPassword(const CheckDefinition& check);
QString passwordEntry(const QString& checkName);

// `services` with address and sourceHealth filled from `db`, and the keychain's passwords.
ProbeServices withInventory(ProbeServices services, const std::shared_ptr<Database>& db);

} // namespace check_lookups
} // namespace opsdeck
