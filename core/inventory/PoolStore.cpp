#include "inventory/PoolStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace opsdeck {

namespace {

QString poolWhat(const QString& pool)
{
    return QCoreApplication::translate("Inventory", "pool '%1'").arg(pool);
}

QJsonObject scriptJson(const QString& s)
{
    return {{QStringLiteral("init_script_bytes"), double(s.toUtf8().size())}};
}

Result<std::optional<PoolSettings>> readPool(QSqlDatabase& db, const QString& pool)
{
    auto q = Database::exec(
        db, QStringLiteral("SELECT init_script, %1 FROM pools WHERE name = ?").arg(RowVersion::columns()),
        {pool});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return std::optional<PoolSettings>{};
    return std::optional<PoolSettings>{
        PoolSettings{pool, q->value(0).toString(), RowVersion::fromQuery(*q, 1)}};
}

// A pool's values with its version, for a refusal (the script's size, not its text).
RowVersion::ReadRow poolRow(const PoolSettings& p)
{
    QJsonObject values = scriptJson(p.initScript);
    values.insert(QStringLiteral("name"), p.name);
    values.insert(QStringLiteral("version"), p.stamp.version);
    return {poolWhat(p.name), p.stamp, values};
}

} // namespace

Status PoolStore::setInitScript(const QString& pool, const QString& script, const QString& reason,
                                std::optional<qint64> expectedVersion)
{
    if (pool.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "a pool needs a name"));
    const QString text = script.isNull() ? QStringLiteral("") : script; // the column is NOT NULL
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto old = readPool(cs.db(), pool);
        if (!old.ok())
            return old.error();
        if (!old->has_value()) {
            if (expectedVersion)
                return Error::notFound(
                    QCoreApplication::translate("Inventory", "there is no pool '%1' (at version %2)")
                        .arg(pool)
                        .arg(*expectedVersion));
            auto put = cs.exec(QStringLiteral("INSERT INTO pools (name, created_at, init_script, changed_by, "
                                              "changed_at) VALUES (?, ?, ?, coalesce(?, ''), ?)"),
                               {pool, cs.now(), text, cs.operatorName(), cs.now()});
            if (!put.ok())
                return put.error();
            return cs.audit(QStringLiteral("pool"), pool, QStringLiteral("set_init_script"),
                            QJsonValue(QJsonValue::Null), scriptJson(text), reason);
        }
        const PoolSettings& before = **old;
        if (before.initScript == text) {
            const RowVersion::ReadRow row = poolRow(before);
            return RowVersion::check(row.what, row.stamp, expectedVersion, row.values);
        }
        if (Status s = RowVersion::write(
                cs.db(), QStringLiteral("pools"), QStringLiteral("init_script = ?"), {text},
                QStringLiteral("name"), pool, poolRow(before), expectedVersion, cs.operatorName(), cs.now(),
                [&]() -> Result<RowVersion::ReadRow> {
                    auto now = readPool(cs.db(), pool);
                    if (!now.ok())
                        return now.error();
                    if (!now->has_value())
                        return Error::refused(
                            QCoreApplication::translate("Inventory", "the pool '%1' was removed").arg(pool));
                    return poolRow(**now);
                });
            !s.ok())
            return s;
        return cs.audit(QStringLiteral("pool"), pool, QStringLiteral("set_init_script"),
                        scriptJson(before.initScript), scriptJson(text), reason);
    });
}

Result<std::optional<PoolSettings>> PoolStore::get(const QString& pool) const
{
    QSqlDatabase db = m_writer.database()->connection();
    return readPool(db, pool);
}

Result<QString> PoolStore::initScript(const QString& pool) const
{
    QSqlDatabase db = m_writer.database()->connection();
    auto q = Database::exec(db, QStringLiteral("SELECT init_script FROM pools WHERE name = ?"), {pool});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Result<QString> PoolStore::initScriptOfMachine(const QString& machine) const
{
    QSqlDatabase db = m_writer.database()->connection();
    auto q =
        Database::exec(db,
                       QStringLiteral("SELECT p.init_script FROM machines m JOIN pools p ON p.id = m.pool_id "
                                      "WHERE m.name = ?"),
                       {machine});
    if (!q.ok())
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status PoolStore::noteInitFailed(const QString& machine, qint64 jobId, const QString& error) const
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        const QJsonObject what{{QStringLiteral("state"), QStringLiteral("NEW")},
                               {QStringLiteral("job"), double(jobId)},
                               {QStringLiteral("error"), error}};
        return cs.audit(QStringLiteral("machine"), machine, QStringLiteral("init_failed"), what, what,
                        QCoreApplication::translate("Inventory", "the init script failed (job %1): %2")
                            .arg(jobId)
                            .arg(error));
    });
}

} // namespace opsdeck
