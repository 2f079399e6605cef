#include "checks/LifecycleLink.h"

#include "inventory/InventoryReader.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace opsdeck {
namespace {

const QString kSetting = QStringLiteral("checks.auto_abnormal");

} // namespace

LifecycleLink::LifecycleLink(std::shared_ptr<Database> db, const Clock& clock, QString operatorName,
                             QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_clock(clock), m_operator(std::move(operatorName))
{}

Result<bool> LifecycleLink::autoAbnormal(const std::shared_ptr<Database>& db)
{
    QSqlDatabase c = db->connection();
    auto q = Database::exec(c, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {kSetting});
    if (!q.ok())
        return q.error();
    return q->next() && q->value(0).toString() == QLatin1String("1");
}

Status LifecycleLink::setAutoAbnormal(const std::shared_ptr<Database>& db, bool on)
{
    return db->transaction([&](QSqlDatabase& c) -> Status {
        auto q = Database::exec(c,
                                QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                {kSetting, on ? QStringLiteral("1") : QStringLiteral("0")});
        if (!q.ok())
            return q.error();
        return {};
    });
}

std::optional<int> LifecycleLink::abnormalAfter(const CheckDefinition& check)
{
    const QJsonValue v = check.params.value(QStringLiteral("abnormal_after"));
    if (!v.isDouble() || v.toInt() < 1)
        return std::nullopt;
    return v.toInt();
}

QString LifecycleLink::reasonFor(const CheckScheduler::Outcome& o)
{
    return QCoreApplication::translate("LifecycleLink", "check %1 failed %2 times: %3")
        .arg(o.check.name)
        .arg(o.runtime.consecutiveFailures)
        .arg(o.result.message);
}

Status LifecycleLink::reloadSetting()
{
    auto on = autoAbnormal(m_db);
    if (!on.ok())
        return on.error();
    m_auto = *on;
    return {};
}

Result<LifecycleLink::Action> LifecycleLink::observe(const CheckScheduler::Outcome& o)
{
    const auto after = abnormalAfter(o.check);
    if (!after || o.target.isEmpty())
        return Action::None;
    const QPair<qint64, QString> key{o.check.id, o.target};
    if (o.runtime.state != CheckState::Failing) {
        m_done.remove(key); // the episode is over: the next one may act again
        return Action::None;
    }
    if (o.runtime.consecutiveFailures < *after || m_done.value(key, -1) == o.runtime.sinceMs)
        return Action::None;
    auto machine = InventoryReader(m_db).machine(o.target);
    if (!machine.ok())
        return machine.error();
    if (!*machine || (*machine)->state != MachineState::Ready) {
        m_done.insert(key, o.runtime.sinceMs); // left alone for this episode
        return Action::None;
    }
    const QString reason = reasonFor(o);
    if (!m_auto) {
        m_done.insert(key, o.runtime.sinceMs);
        emit offer(o.target, o.check.name, reason);
        return Action::Offered;
    }
    InventoryWriter writer(m_db, m_clock);
    if (!m_operator.isEmpty())
        writer.setOperatorName(m_operator);
    if (Status s = MachineStore(writer).transition(o.target, MachineEvent::Abnormal, reason); !s.ok())
        return s.error();
    m_done.insert(key, o.runtime.sinceMs);
    emit transitioned(o.target, o.check.name, reason);
    return Action::Transitioned;
}

} // namespace opsdeck
