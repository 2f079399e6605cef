#include "inventory/InventoryWriter.h"

#include "inventory/InventoryEvents.h"

#include <pwd.h>
#include <unistd.h>

namespace opsdeck {

InventoryWriter::InventoryWriter(std::shared_ptr<Database> db, const Clock& clock)
    : m_db(std::move(db)), m_clock(&clock), m_operator(osUserName())
{}

QString InventoryWriter::osUserName()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString env = qEnvironmentVariable("USER");
    return env.isEmpty() ? QStringLiteral("uid%1").arg(::geteuid()) : env;
}

Status InventoryWriter::change(const std::function<Status(ChangeSet&)>& work) const
{
    int rows = 0;
    Status s = m_db->transaction([&](QSqlDatabase& db) -> Status {
        ChangeSet cs(db, m_clock->nowSecs(), m_operator);
        Status r = work(cs);
        rows = cs.auditRows();
        return r;
    });
    if (s.ok() && rows > 0)
        InventoryEvents::instance().notifyChanged();
    return s;
}

} // namespace opsdeck
