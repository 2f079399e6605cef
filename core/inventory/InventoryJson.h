#pragma once

#include "inventory/InventoryApplier.h"
#include "inventory/InventoryReader.h"
#include "inventory/InventoryTypes.h"

#include <QJsonObject>
#include <QStringList>

namespace opsdeck {

// The stable JSON shapes of the inventory's CLI output (README, "Output formats").
// Field names are snake_case, times are epoch seconds.
namespace InventoryJson {

// {"name","address","port","user","pool","state","tags","nodes","last_seen"}
QJsonObject machine(const Machine& m);
QStringList machineColumns();
// {"path","name","kind","product_line","machines","units","urls","total_machines","total_units","vars"}
QJsonObject node(const TreeNode& n);
QStringList nodeColumns();
// {"service","machine","address","port","deploy_name","machine_state"}
QJsonObject unit(const Unit& u);
QStringList unitColumns();
// {"id","service","needs","port","endpoint","endpoints"}
QJsonObject relation(const ResolvedRelation& r);
QStringList relationColumns();
// {"time","operator","entity","entity_id","action","before","after","reason"}
QJsonObject auditEntry(const AuditEntry& e);
QStringList auditColumns();
// {"file","sha256","dry_run","nodes":{"added","changed","unchanged"},"machines":{...},
//  "bindings":{...},"urls":{...},"units":{...},"relations":{...},"pools_added","warnings":[...],
//  "changes":[{"entity","id","action","fields"}]}
QJsonObject importPlan(const ImportPlan& p);

} // namespace InventoryJson
} // namespace opsdeck
