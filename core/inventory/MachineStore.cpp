#include "inventory/MachineStore.h"

#include "db/Database.h"
#include "inventory/InventoryRows.h"

#include <QCoreApplication>
#include <QJsonArray>
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
        if (!update.prepare(QStringLiteral("UPDATE machines SET state = ? WHERE id = ?")) ||
            !count.prepare(QStringLiteral("SELECT count(*) FROM units WHERE machine_id = ?")) ||
            !remove.prepare(QStringLiteral("DELETE FROM machines WHERE id = ?")))
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
                if (!remove.exec())
                    return Database::sqlError(
                        QCoreApplication::translate("Inventory", "removing a machine failed"),
                        remove.lastError());
                if (Status s =
                        cs.audit(QStringLiteral("machine"), m.name, action, gone, QJsonValue::Null, reason);
                    !s.ok())
                    return s;
                continue;
            }
            update.bindValue(0, MachineLifecycle::stateName(*outcome.to));
            update.bindValue(1, m.id);
            if (!update.exec())
                return Database::sqlError(
                    QCoreApplication::translate("Inventory", "changing machine states failed"),
                    update.lastError());
            MachineRow after = m;
            after.state = *outcome.to;
            if (Status s =
                    cs.audit(QStringLiteral("machine"), m.name, action, before, machineJson(after), reason);
                !s.ok())
                return s;
            rows->insert(name, after); // a name listed twice sees its new state
        }
        return ticker.finish();
    });
}

Status MachineStore::setPool(const QStringList& names, const QString& pool, const QString& reason)
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
            if (m->pool == poolName)
                continue;
            auto upd =
                cs.exec(QStringLiteral("UPDATE machines SET pool_id = ? WHERE id = ?"), {*poolId, m->id});
            if (!upd.ok())
                return upd.error();
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

Status MachineStore::setTags(const QStringList& names, const QStringList& tags, const QString& reason)
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
            if (m->tags == clean)
                continue;
            auto upd = cs.exec(QStringLiteral("UPDATE machines SET tags = ? WHERE id = ?"),
                               {tagsToJson(clean), m->id});
            if (!upd.ok())
                return upd.error();
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
                                const QString& reason)
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
        if (after.address == m->address && after.port == m->port && after.user == m->user)
            return {};
        auto upd =
            cs.exec(QStringLiteral(
                        "UPDATE machines SET address = ?, port = ?, ssh_user = coalesce(?, '') WHERE id = ?"),
                    {after.address, after.port, after.user, m->id});
        if (!upd.ok())
            return upd.error();
        return cs.audit(QStringLiteral("machine"), m->name, QStringLiteral("set_address"), machineJson(*m),
                        machineJson(after), reason);
    });
}

Status MachineStore::edit(const QString& name, const MachineSpec& spec, const QString& reason)
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
        if (after.address == m->address && after.port == m->port && after.user == m->user &&
            after.pool == m->pool && after.tags == m->tags)
            return {};
        auto pool = ensurePool(cs, after.pool, reason);
        if (!pool.ok())
            return pool.error();
        auto upd =
            cs.exec(QStringLiteral("UPDATE machines SET address = ?, port = ?, ssh_user = coalesce(?, ''), "
                                   "pool_id = ?, tags = ? WHERE id = ?"),
                    {after.address, after.port, after.user, *pool, tagsToJson(after.tags), m->id});
        if (!upd.ok())
            return upd.error();
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
