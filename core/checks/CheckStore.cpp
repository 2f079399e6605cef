#include "checks/CheckStore.h"

#include "checks/CheckParams.h"
#include "db/RowVersion.h"
#include "db/StatementCache.h"
#include "inventory/InventoryRows.h"
#include "inventory/InventoryWriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace opsdeck {
namespace {

namespace rows = inventory_rows;

const QString& selectChecks()
{
    static const QString sql = QStringLiteral(
        "SELECT c.id, c.name, c.kind, coalesce(c.node_path, ''), coalesce(m.name, ''), c.importance, "
        "c.interval_secs, c.failures_before, c.passes_before, c.allowed_host_failures, c.enabled, c.params, "
        "c.version, c.changed_by, c.changed_at FROM checks c LEFT JOIN machines m ON m.id = c.machine_id ");
    return sql;
}

struct CheckRow
{
    CheckDefinition def;
    RowStamp stamp;
};

CheckRow fromRow(const StatementRows& q)
{
    CheckRow r;
    CheckDefinition& d = r.def;
    d.id = q.value(0).toLongLong();
    d.name = q.value(1).toString();
    d.kind = checkKindFromName(q.value(2).toString()).value_or(CheckKind::Http);
    d.nodePath = q.value(3).toString();
    d.machine = q.value(4).toString();
    d.importance = importanceFromName(q.value(5).toString()).value_or(Importance::Error);
    d.intervalSecs = q.value(6).toInt();
    d.failuresBefore = q.value(7).toInt();
    d.passesBefore = q.value(8).toInt();
    d.allowedHostFailures = q.value(9).toInt();
    d.enabled = q.value(10).toInt() != 0;
    d.params = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    r.stamp.version = q.value(12).toLongLong();
    r.stamp.changedBy = q.value(13).toString();
    r.stamp.changedAt = q.value(14).toLongLong();
    d.version = r.stamp.version;
    return r;
}

Result<QList<CheckRow>> query(QSqlDatabase& db, const QString& where, const QVariantList& bindings)
{
    auto q = StatementCache::run(db, selectChecks() + where, bindings);
    if (!q.ok())
        return q.error();
    QList<CheckRow> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<CheckRow> requireRow(QSqlDatabase& db, const QString& where, const QVariant& key, const QString& what)
{
    auto found = query(db, where, {key});
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error::notFound(
            QCoreApplication::translate("CheckStore", "there is no check %1; see opsdeck check list")
                .arg(what));
    return found->first();
}

QString what(const CheckDefinition& d)
{
    return QCoreApplication::translate("CheckStore", "check '%1'").arg(d.name);
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

// The check as it will be stored: trimmed name, normalised node path.
Result<CheckDefinition> normalised(CheckDefinition d)
{
    d.name = d.name.trimmed();
    if (!d.nodePath.isEmpty()) {
        auto path = rows::normalizePath(d.nodePath);
        if (!path.ok())
            return path.error();
        d.nodePath = *path;
    }
    if (Status s = CheckParams::validate(d); !s.ok())
        return s.error();
    return d;
}

// machine_id for the binding; NotFound when the node or machine does not exist.
Result<QVariant> bindingOf(QSqlDatabase& db, const CheckDefinition& d)
{
    if (!d.nodePath.isEmpty()) {
        auto node = rows::requireNode(db, d.nodePath);
        if (!node.ok())
            return node.error();
    }
    if (d.machine.isEmpty())
        return QVariant(QMetaType::fromType<qint64>());
    auto m = rows::requireMachine(db, d.machine);
    if (!m.ok())
        return m.error();
    return QVariant(m->id);
}

Status nameIsFree(QSqlDatabase& db, const CheckDefinition& d)
{
    auto q = StatementCache::run(db, QStringLiteral("SELECT id FROM checks WHERE name = ?"), {d.name});
    if (!q.ok())
        return q.error();
    if (q->next() && q->value(0).toLongLong() != d.id)
        return Error::refused(
            QCoreApplication::translate("CheckStore", "there is already a check named '%1' (id %2)")
                .arg(d.name)
                .arg(q->value(0).toLongLong()));
    return {};
}

QString paramsText(const CheckDefinition& d)
{
    return QString::fromUtf8(QJsonDocument(d.params).toJson(QJsonDocument::Compact));
}

} // namespace

CheckStore::CheckStore(std::shared_ptr<Database> db, const Clock& clock, QString operatorName)
    : m_db(std::move(db)), m_clock(&clock),
      m_operator(operatorName.isEmpty() ? InventoryWriter::osUserName() : std::move(operatorName))
{}

Result<qint64> CheckStore::add(const CheckDefinition& input)
{
    auto d = normalised(input);
    if (!d.ok())
        return d.error();
    d->id = 0;
    qint64 id = 0;
    const qint64 now = m_clock->nowSecs();
    const Status done = m_db->transaction([&](QSqlDatabase& db) -> Status {
        if (Status s = nameIsFree(db, *d); !s.ok())
            return s;
        auto machineId = bindingOf(db, *d);
        if (!machineId.ok())
            return machineId.error();
        auto q = Database::exec(
            db,
            QStringLiteral(
                "INSERT INTO checks (name, kind, machine_id, node_path, importance, interval_secs, "
                "failures_before, passes_before, allowed_host_failures, enabled, params, created_at, "
                "changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {d->name, checkKindName(d->kind), *machineId, nullable(d->nodePath),
             importanceName(d->importance), d->intervalSecs, d->failuresBefore, d->passesBefore,
             d->allowedHostFailures, d->enabled ? 1 : 0, paramsText(*d), now, m_operator, now});
        if (!q.ok())
            return q.error();
        auto back = Database::exec(db, QStringLiteral("SELECT id FROM checks WHERE name = ?"), {d->name});
        if (!back.ok())
            return back.error();
        if (!back->next())
            return Error::failure(
                QCoreApplication::translate("CheckStore", "the new check '%1' could not be read back")
                    .arg(d->name));
        id = back->value(0).toLongLong();
        return {};
    });
    if (!done.ok())
        return done.error();
    return id;
}

Result<CheckDefinition> CheckStore::get(qint64 id) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto r = requireRow(*c, QStringLiteral("WHERE c.id = ?"), id, QString::number(id));
    if (!r.ok())
        return r.error();
    return r->def;
}

Result<CheckDefinition> CheckStore::get(const QString& name) const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto r = requireRow(*c, QStringLiteral("WHERE c.name = ?"), name.trimmed(),
                        QStringLiteral("'%1'").arg(name.trimmed()));
    if (!r.ok())
        return r.error();
    return r->def;
}

Result<CheckDefinition> CheckStore::find(const QString& idOrName) const
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(idOrName.trimmed()).hasMatch())
        return get(idOrName.trimmed().toLongLong());
    return get(idOrName);
}

Result<QList<CheckDefinition>> CheckStore::list() const
{
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto found = query(*c, QStringLiteral("ORDER BY c.name"), {});
    if (!found.ok())
        return found.error();
    QList<CheckDefinition> out;
    for (const CheckRow& r : std::as_const(*found))
        out << r.def;
    return out;
}

Status CheckStore::update(const CheckDefinition& input)
{
    auto d = normalised(input);
    if (!d.ok())
        return d.error();
    const qint64 now = m_clock->nowSecs();
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto row = requireRow(db, QStringLiteral("WHERE c.id = ?"), d->id, QString::number(d->id));
        if (!row.ok())
            return row.error();
        if (Status s = RowVersion::check(what(row->def), row->stamp, d->version, values(row->def)); !s.ok())
            return s;
        if (Status s = nameIsFree(db, *d); !s.ok())
            return s;
        auto machineId = bindingOf(db, *d);
        if (!machineId.ok())
            return machineId.error();
        auto written = RowVersion::update(
            db, QStringLiteral("checks"),
            QStringLiteral("name = ?, kind = ?, machine_id = ?, node_path = ?, importance = ?, "
                           "interval_secs = ?, failures_before = ?, passes_before = ?, "
                           "allowed_host_failures = ?, enabled = ?, params = ?"),
            {d->name, checkKindName(d->kind), *machineId, nullable(d->nodePath),
             importanceName(d->importance), d->intervalSecs, d->failuresBefore, d->passesBefore,
             d->allowedHostFailures, d->enabled ? 1 : 0, paramsText(*d)},
            QStringLiteral("id"), d->id, row->stamp.version, m_operator, now);
        if (!written.ok())
            return written.error();
        if (*written)
            return {};
        auto current = requireRow(db, QStringLiteral("WHERE c.id = ?"), d->id, QString::number(d->id));
        if (!current.ok())
            return current.error();
        return RowVersion::conflict(what(current->def), current->stamp, d->version, values(current->def));
    });
}

Status CheckStore::remove(qint64 id)
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto q = Database::exec(db, QStringLiteral("DELETE FROM checks WHERE id = ?"), {id});
        if (!q.ok())
            return q.error();
        if (q->numRowsAffected() == 0)
            return Error::notFound(
                QCoreApplication::translate("CheckStore", "there is no check %1; see opsdeck check list")
                    .arg(id));
        return {};
    });
}

Result<QStringList> CheckStore::targetsOf(const CheckDefinition& d) const
{
    if (!d.machine.isEmpty())
        return QStringList{d.machine};
    if (d.nodePath.isEmpty())
        return QStringList{QString()};
    auto c = m_db->tryConnection();
    if (!c.ok())
        return c.error();
    auto node = rows::requireNode(*c, d.nodePath);
    if (!node.ok())
        return node.error();
    auto q = StatementCache::run(*c,
                                 rows::machinesUnderCte(rows::UnderScope::OneNode) +
                                     QStringLiteral("SELECT DISTINCT m.name FROM machines_under u "
                                                    "JOIN machines m ON m.id = u.machine_id ORDER BY m.name"),
                                 {node->id});
    if (!q.ok())
        return q.error();
    QStringList out;
    while (q->next())
        out << q->value(0).toString();
    return out;
}

QJsonObject CheckStore::values(const CheckDefinition& d)
{
    return {{QStringLiteral("id"), double(d.id)},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("type"), checkKindName(d.kind)},
            {QStringLiteral("node"), d.nodePath},
            {QStringLiteral("machine"), d.machine},
            {QStringLiteral("importance"), importanceName(d.importance)},
            {QStringLiteral("interval"), d.intervalSecs},
            {QStringLiteral("failures"), d.failuresBefore},
            {QStringLiteral("passes"), d.passesBefore},
            {QStringLiteral("allowed_hosts"), d.allowedHostFailures},
            {QStringLiteral("enabled"), d.enabled},
            {QStringLiteral("params"), d.params},
            {QStringLiteral("version"), double(d.version)}};
}

} // namespace opsdeck
