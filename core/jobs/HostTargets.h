#pragma once

#include "db/Database.h"
#include "inventory/InventoryTypes.h"
#include "ssh/SshTypes.h"
#include "util/Result.h"

#include <memory>

namespace opsdeck {

// Where to reach a machine over SSH: its address, port and user from the inventory and
// the IdentityFile an ssh_config import left in its meta ("~/" expanded). The label is
// the machine's name.
class HostTargets
{
public:
    explicit HostTargets(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // A machine by name, else a literal [user@]host[:port].
    Result<ssh::SshTarget> byName(const QString& name) const;
    Result<ssh::SshTarget> forMachine(const Machine& machine) const;
    // Every machine bound to the node or below it, by name.
    Result<QList<ssh::SshTarget>> underNode(const QString& path) const;
    // The machines the service's units run on, each once, by name.
    Result<QList<ssh::SshTarget>> ofService(const QString& servicePath) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace opsdeck
