#include "inventory/MachineStore.h"

#include "db/Database.h"
#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

namespace opsdeck {

using namespace inventory_rows;

namespace {

Status validateName(const QString& name)
{
    static const QRegularExpression bad(QStringLiteral("[\\s/]"));
    if (name.isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "a machine needs a name"));
    if (name.contains(bad))
        return Error::refused(
            QCoreApplication::translate("Inventory",
                                        "the machine name '%1' contains a space or '/'; choose another")
                .arg(name));
    return {};
}

Status validatePort(int port)
{
    if (port < 1 || port > 65535)
        return Error::refused(
            QCoreApplication::translate("Inventory", "the SSH port %1 is outside 1-65535").arg(port));
    return {};
}

// Machine `m` read in state m.state was no longer in it when `event` was written:
// another console moved (or removed) it in between.
Status raced(QSqlDatabase& db, const MachineRow& m, MachineEvent event)
{
    auto now = findMachine(db, m.name);
    if (!now.ok())
        return now.error();
    if (!now->has_value())
        return Error::refused(
            QCoreApplication::translate(
                "Inventory", "machine '%1' was removed by another console; event '%2' was not applied")
                .arg(m.name, MachineLifecycle::eventName(event)));
    const MachineRow& cur = **now;
    return RowVersion::withStale(
        Error::refused(
            QCoreApplication::translate(
                "Inventory", "machine '%1' was changed by %2 at %3: it is now %4, not %5; event '%6' "
                             "was not applied. Its current values: %7")
                .arg(m.name, cur.stamp.changedBy.isEmpty() ? QStringLiteral("?") : cur.stamp.changedBy,
                     RowVersion::localTime(cur.stamp.changedAt), MachineLifecycle::stateName(cur.state),
                     MachineLifecycle::stateName(m.state), MachineLifecycle::eventName(event),
                     QString::fromUtf8(QJsonDocument(machineValues(cur)).toJson(QJsonDocument::Compact)))),
        machineWhat(m.name), cur.stamp, m.stamp.version, machineValues(cur));
}

} // namespace

QString MachineStore::refusalMessage(const QString& name, MachineState from, MachineEvent event)
{
    QStringList allowed;
    for (MachineEvent e : MachineLifecycle::allowedEvents(from))
        allowed << MachineLifecycle::eventName(e);
    const QString state = MachineLifecycle::stateName(from);
    if (event == MachineEvent::Add)
        return QCoreApplication::translate(
                   "Inventory", "machine '%1' already exists (state %2); allowed events from %2: %3")
            .arg(name, state, allowed.join(QStringLiteral(", ")));
    return QCoreApplication::translate(
               "Inventory",
               "machine '%1' is %2: event '%3' is not allowed from %2; allowed events from %2: %4")
        .arg(name, state, MachineLifecycle::eventName(event), allowed.join(QStringLiteral(", ")));
}

Status MachineStore::add(const MachineSpec& spec, const QString& reason)
{
    const QString name = spec.name.trimmed();
    if (Status s = validateName(name); !s.ok())
        return s;
    if (spec.address.trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate("Inventory", "machine '%1' needs an address (--address)").arg(name));
    if (Status s = validatePort(spec.port); !s.ok())
        return s;
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto existing = findMachine(cs.db(), name);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return Error::refused(refusalMessage(name, (*existing)->state, MachineEvent::Add));
        auto pool = ensurePool(cs, spec.pool, reason);
        if (!pool.ok())
            return pool.error();
        MachineRow m;
        m.name = name;
        m.address = spec.address.trimmed();
        m.port = spec.port;
        m.user = spec.user.trimmed();
        m.pool = spec.pool.trimmed().isEmpty() ? QStringLiteral("default") : spec.pool.trimmed();
        m.state = MachineState::New;
        m.tags = spec.tags;
        auto ins = cs.exec(
            QStringLiteral("INSERT INTO machines (name, address, port, ssh_user, pool_id, state, tags, "
                           "created_at) VALUES (?, ?, ?, coalesce(?, ''), ?, 'NEW', ?, ?)"),
            {m.name, m.address, m.port, m.user, *pool, tagsToJson(m.tags), cs.now()});
        if (!ins.ok())
            return ins.error();
        return cs.audit(QStringLiteral("machine"), name, QStringLiteral("add"), QJsonValue::Null,
                        machineJson(m), reason);
    });
}

Status MachineStore::transition(const QStringList& names, MachineEvent event, const QString& reason)
{
    if (names.isEmpty())
        return Error::usage(QCoreApplication::translate("Inventory", "no machine named"));
    if (event == MachineEvent::Add) {
        // Adding needs an address: through add(), never as a transition of an existing machine.
        return m_writer.change([&](ChangeSet& cs) -> Status {
            auto m = requireMachine(cs.db(), names.first());
            if (!m.ok())
                return m.error();
            return Error::refused(refusalMessage(m->name, m->state, event));
        });
    }
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto rows = loadMachineRows(cs.db(), names);
        if (!rows.ok())
            return rows.error();
        QSqlQuery update(cs.db()), count(cs.db()), remove(cs.db());
        // One statement per machine, conditioned on the state it was read in: a transition
        // that raced in since the read (another console) leaves it touching no row.
        if (!update.prepare(QStringLiteral(
                "UPDATE machines SET state = ?, version = version + 1, changed_by = coalesce(?, ''), "
                "changed_at = ? WHERE id = ? AND state = ?")) ||
            !count.prepare(QStringLiteral("SELECT count(*) FROM units WHERE machine_id = ?")) ||
            !remove.prepare(QStringLiteral("DELETE FROM machines WHERE id = ? AND state = ?")))
            return Database::sqlError(
                QCoreApplication::translate("Inventory", "changing machine states failed"),
                update.lastError());
        const QString action = MachineLifecycle::eventName(event);
        ProgressTicker ticker(m_progress, names.size());
        for (const QString& name : names) {
            if (Status s = ticker.step(); !s.ok())
                return s;
            auto it = rows->constFind(name);
            if (it == rows->constEnd())
                return Error::notFound(QCoreApplication::translate(
                                           "Inventory", "no machine named '%1'; see `opsdeck machine list`")
                                           .arg(name));
            const MachineRow& m = *it;
            const auto outcome = MachineLifecycle::apply(m.state, event);
            if (!outcome.allowed)
                return Error::refused(refusalMessage(m.name, m.state, event));
            const QJsonObject before = machineJson(m);
            if (!outcome.to) {
                QJsonObject gone = before;
                count.bindValue(0, m.id);
                if (!count.exec() || !count.next())
                    return Database::sqlError(
                        QCoreApplication::translate("Inventory", "changing machine states failed"),
                        count.lastError());
                gone.insert(QStringLiteral("units"), count.value(0).toInt());
                count.finish();
                remove.bindValue(0, m.id);
                remove.bindValue(1, MachineLifecycle::stateName(m.state));
                if (!remove.exec())
                    return Database::sqlError(
                        QCoreApplication::translate("Inventory", "removing a machine failed"),
                        remove.lastError());
                if (remove.numRowsAffected() == 0)
                    return raced(cs.db(), m, event);
                if (Status s =
                        cs.audit(QStringLiteral("machine"), m.name, action, gone, QJsonValue::Null, reason);
                    !s.ok())
                    return s;
                continue;
            }
            update.bindValue(0, MachineLifecycle::stateName(*outcome.to));
            update.bindValue(1, cs.operatorName());
            update.bindValue(2, cs.now());
            update.bindValue(3, m.id);
            update.bindValue(4, MachineLifecycle::stateName(m.state));
            if (!update.exec())
                return Database::sqlError(
                    QCoreApplication::translate("Inventory", "changing machine states failed"),
                    update.lastError());
            if (update.numRowsAffected() == 0)
                return raced(cs.db(), m, event);
            MachineRow after = m;
            after.state = *outcome.to;
            after.stamp = {m.stamp.version + 1, cs.operatorName(), cs.now()};
            if (Status s =
                    cs.audit(QStringLiteral("machine"), m.name, action, before, machineJson(after), reason);
                !s.ok())
                return s;
            rows->insert(name, after); // a name listed twice sees its new state
        }
        return ticker.finish();
    });
}

Status MachineStore::setPool(const QStringList& names, const QString& pool, const QString& reason,
                             std::optional<qint64> expectedVersion)
{
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto poolId = ensurePool(cs, pool, reason);
        if (!poolId.ok())
            return poolId.error();
        const QString poolName = pool.trimmed().isEmpty() ? QStringLiteral("default") : pool.trimmed();
        ProgressTicker ticker(m_progress, names.size());
        for (const QString& name : names) {
            if (Status s = ticker.step(); !s.ok())
                return s;
            auto m = requireMachine(cs.db(), name);
            if (!m.ok())
                return m.error();
            if (Status s =
                    RowVersion::check(machineWhat(m->name), m->stamp, expectedVersion, machineValues(*m));
                !s.ok())
                return s;
            if (m->pool == poolName)
                continue;
            if (Status s = writeMachine(cs, *m, expectedVersion, QStringLiteral("pool_id = ?"), {*poolId});
                !s.ok())
                return s;
            MachineRow after = *m;
            after.pool = poolName;
            if (Status s = cs.audit(QStringLiteral("machine"), m->name, QStringLiteral("set_pool"),
                                    machineJson(*m), machineJson(after), reason);
                !s.ok())
                return s;
        }
        return ticker.finish();
    });
}

Status MachineStore::setTags(const QStringList& names, const QStringList& tags, const QString& reason,
                             std::optional<qint64> expectedVersion)
{
    QStringList clean;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty() && !clean.contains(t.trimmed()))
            clean << t.trimmed();
    return m_writer.change([&](ChangeSet& cs) -> Status {
        ProgressTicker ticker(m_progress, names.size());
        for (const QString& name : names) {
            if (Status s = ticker.step(); !s.ok())
                return s;
            auto m = requireMachine(cs.db(), name);
            if (!m.ok())
                return m.error();
            if (Status s =
                    RowVersion::check(machineWhat(m->name), m->stamp, expectedVersion, machineValues(*m));
                !s.ok())
                return s;
            if (m->tags == clean)
                continue;
            if (Status s =
                    writeMachine(cs, *m, expectedVersion, QStringLiteral("tags = ?"), {tagsToJson(clean)});
                !s.ok())
                return s;
            MachineRow after = *m;
            after.tags = clean;
            if (Status s = cs.audit(QStringLiteral("machine"), m->name, QStringLiteral("set_tags"),
                                    machineJson(*m), machineJson(after), reason);
                !s.ok())
                return s;
        }
        return ticker.finish();
    });
}

Status MachineStore::setAddress(const QString& name, const QString& address, int port, const QString& user,
                                const QString& reason, std::optional<qint64> expectedVersion)
{
    if (address.trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate("Inventory", "machine '%1' needs an address").arg(name));
    if (Status s = validatePort(port); !s.ok())
        return s;
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto m = requireMachine(cs.db(), name);
        if (!m.ok())
            return m.error();
        MachineRow after = *m;
        after.address = address.trimmed();
        after.port = port;
        after.user = user.trimmed();
        if (Status s = RowVersion::check(machineWhat(m->name), m->stamp, expectedVersion, machineValues(*m));
            !s.ok())
            return s;
        if (after.address == m->address && after.port == m->port && after.user == m->user)
            return {};
        if (Status s = writeMachine(cs, *m, expectedVersion,
                                    QStringLiteral("address = ?, port = ?, ssh_user = coalesce(?, '')"),
                                    {after.address, after.port, after.user});
            !s.ok())
            return s;
        return cs.audit(QStringLiteral("machine"), m->name, QStringLiteral("set_address"), machineJson(*m),
                        machineJson(after), reason);
    });
}

Status MachineStore::edit(const QString& name, const MachineSpec& spec, const QString& reason,
                          std::optional<qint64> expectedVersion)
{
    if (spec.address.trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate("Inventory", "machine '%1' needs an address").arg(name));
    if (Status s = validatePort(spec.port); !s.ok())
        return s;
    QStringList tags;
    for (const QString& t : spec.tags)
        if (!t.trimmed().isEmpty() && !tags.contains(t.trimmed()))
            tags << t.trimmed();
    return m_writer.change([&](ChangeSet& cs) -> Status {
        auto m = requireMachine(cs.db(), name);
        if (!m.ok())
            return m.error();
        MachineRow after = *m;
        after.address = spec.address.trimmed();
        after.port = spec.port;
        after.user = spec.user.trimmed();
        after.pool = spec.pool.trimmed().isEmpty() ? QStringLiteral("default") : spec.pool.trimmed();
        after.tags = tags;
        if (Status s = RowVersion::check(machineWhat(m->name), m->stamp, expectedVersion, machineValues(*m));
            !s.ok())
            return s;
        if (after.address == m->address && after.port == m->port && after.user == m->user &&
            after.pool == m->pool && after.tags == m->tags)
            return {};
        auto pool = ensurePool(cs, after.pool, reason);
        if (!pool.ok())
            return pool.error();
        if (Status s = writeMachine(
                cs, *m, expectedVersion,
                QStringLiteral("address = ?, port = ?, ssh_user = coalesce(?, ''), pool_id = ?, tags = ?"),
                {after.address, after.port, after.user, *pool, tagsToJson(after.tags)});
            !s.ok())
            return s;
        return cs.audit(QStringLiteral("machine"), m->name, QStringLiteral("edit"), machineJson(*m),
                        machineJson(after), reason);
    });
}

QString MachineStore::localMachineName()
{
    QString host = QSysInfo::machineHostName();
    const qsizetype dot = host.indexOf(QLatin1Char('.'));
    if (dot > 0)
        host = host.left(dot);
    host = host.trimmed();
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

Result<QString> MachineStore::ensureLocalMachine()
{
    const QString name = localMachineName();
    Status s = m_writer.change([&](ChangeSet& cs) -> Status {
        auto existing = findMachine(cs.db(), name);
        if (!existing.ok())
            return existing.error();
        if (existing->has_value())
            return {};
        auto pool = ensurePool(cs, QStringLiteral("local"));
        if (!pool.ok())
            return pool.error();
        MachineRow m;
        m.name = name;
        m.address = QStringLiteral("127.0.0.1");
        m.pool = QStringLiteral("local");
        m.state = MachineState::Ready;
        auto ins = cs.exec(
            QStringLiteral("INSERT INTO machines (name, address, port, ssh_user, pool_id, state, tags, "
                           "created_at) VALUES (?, ?, 22, '', ?, 'READY', '[]', ?)"),
            {m.name, m.address, *pool, cs.now()});
        if (!ins.ok())
            return ins.error();
        return cs.audit(QStringLiteral("machine"), name, QStringLiteral("add"), QJsonValue::Null,
                        machineJson(m),
                        QCoreApplication::translate(
                            "Inventory", "the machine Opsdeck runs on, registered on first start"));
    });
    if (!s.ok())
        return s.error();
    return name;
}

} // namespace opsdeck
