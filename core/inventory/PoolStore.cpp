#include "inventory/PoolStore.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace opsdeck {

Status PoolStore::setInitScript(const QString& pool, const QString& script, const QString& reason)
{
    if (pool.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "a pool needs a name"));
    const QString text = script.isNull() ? QStringLiteral("") : script; // the column is NOT NULL
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto old = cs.exec(QStringLiteral("SELECT init_script FROM pools WHERE name = ?"), {pool});
        if (!old.ok())
            return old.error();
        const bool existed = old->next();
        const QString before = existed ? old->value(0).toString() : QString();
        old->finish();
        auto put =
            existed ? cs.exec(QStringLiteral("UPDATE pools SET init_script = ? WHERE name = ?"), {text, pool})
                    : cs.exec(QStringLiteral(
                                  "INSERT INTO pools (name, created_at, init_script) VALUES (?, ?, ?)"),
                              {pool, cs.now(), text});
        if (!put.ok())
            return put.error();
        auto json = [](const QString& s) {
            return QJsonObject{{QStringLiteral("init_script_bytes"), double(s.toUtf8().size())}};
        };
        return cs.audit(QStringLiteral("pool"), pool, QStringLiteral("set_init_script"),
                        existed ? QJsonValue(json(before)) : QJsonValue(QJsonValue::Null), json(script),
                        reason);
    });
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
