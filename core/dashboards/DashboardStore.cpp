#include "dashboards/DashboardStore.h"

#include "dashboards/DashboardJson.h"
#include "db/StatementCache.h"
#include "inventory/InventoryWriter.h"

#include <QCoreApplication>

namespace opsdeck {
namespace {

Error notFound(const QString& name)
{
    return Error::notFound(QCoreApplication::translate(
                               "DashboardStore", "there is no dashboard '%1'; see opsdeck dashboard list")
                               .arg(name));
}

Error homeRefused()
{
    return Error::refused(QCoreApplication::translate(
        "DashboardStore", "'home' is the built-in dashboard: it cannot be replaced or removed; "
                          "export it and import it under another name to change it"));
}

Result<QList<DashboardStore::Entry>> read(QSqlDatabase& db, const QString& where,
                                          const QVariantList& bindings)
{
    auto q = StatementCache::run(
        db,
        QStringLiteral("SELECT name, definition, version, changed_by, changed_at FROM dashboards ") + where,
        bindings);
    if (!q.ok())
        return q.error();
    QList<DashboardStore::Entry> out;
    while (q->next()) {
        auto d = DashboardJson::parse(q->value(1).toString().toUtf8());
        if (!d.ok())
            return Error::failure(QCoreApplication::translate(
                                      "DashboardStore", "the stored dashboard '%1' does not read back: %2")
                                      .arg(q->value(0).toString(), d.error().message));
        out.append({*d, q->value(2).toLongLong(), q->value(3).toString(), q->value(4).toLongLong()});
    }
    return out;
}

} // namespace

DashboardStore::DashboardStore(std::shared_ptr<Database> db, QString operatorName, const Clock& clock)
    : m_db(std::move(db)),
      m_operator(operatorName.isEmpty() ? InventoryWriter::osUserName() : std::move(operatorName)),
      m_clock(clock)
{}

Status DashboardStore::save(const Dashboard& dashboard, bool replace)
{
    return save(dashboard, replace, {});
}

Status DashboardStore::save(const Dashboard& dashboard, bool replace,
                            const std::function<Status()>& alsoWrite)
{
    if (dashboard.name == DashboardNames::homeName())
        return homeRefused();
    if (auto valid = DashboardJson::validate(dashboard); !valid.ok())
        return valid;
    const QString text = QString::fromUtf8(DashboardJson::serialize(dashboard));
    const qint64 now = m_clock.nowSecs();
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        bool exists = false;
        { // the SELECT is done with before other statements run
            auto found = Database::exec(db, QStringLiteral("SELECT version FROM dashboards WHERE name = ?"),
                                        {dashboard.name});
            if (!found.ok())
                return found.error();
            exists = found->next();
        }
        if (exists && !replace)
            return Error::refused(
                QCoreApplication::translate("DashboardStore",
                                            "a dashboard named '%1' exists; give --replace to overwrite it")
                    .arg(dashboard.name));
        if (alsoWrite)
            if (auto st = alsoWrite(); !st.ok())
                return st;
        if (exists) {
            auto q =
                Database::exec(db,
                               QStringLiteral("UPDATE dashboards SET title = ?, definition = ?, version = "
                                              "version + 1, changed_by = ?, changed_at = ? WHERE name = ?"),
                               {dashboard.title, text, m_operator, now, dashboard.name});
            return q.ok() ? Status() : Status(q.error());
        }
        auto q = Database::exec(db,
                                QStringLiteral("INSERT INTO dashboards (name, title, definition, created_at, "
                                               "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"),
                                {dashboard.name, dashboard.title, text, now, m_operator, now});
        return q.ok() ? Status() : Status(q.error());
    });
}

Result<DashboardStore::Entry> DashboardStore::get(const QString& name) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto found = read(*c, QStringLiteral("WHERE name = ?"), {name});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return notFound(name);
    return found->first();
}

Result<QList<DashboardStore::Entry>> DashboardStore::list() const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    return read(*c, QStringLiteral("ORDER BY name"), {});
}

Status DashboardStore::remove(const QString& name)
{
    if (name == DashboardNames::homeName())
        return homeRefused();
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q = Database::exec(db, QStringLiteral("DELETE FROM dashboards WHERE name = ?"), {name});
        if (!q.ok())
            return q.error();
        if (q->numRowsAffected() == 0)
            return notFound(name);
        return {};
    });
}

Result<bool> DashboardStore::exists(const QString& name) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto q = StatementCache::run(*c, QStringLiteral("SELECT 1 FROM dashboards WHERE name = ?"), {name});
    if (!q.ok())
        return q.error();
    return q->next();
}

} // namespace opsdeck
