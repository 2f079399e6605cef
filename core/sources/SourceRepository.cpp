#include "sources/SourceRepository.h"

#include "collector/MachineMetaWriter.h"
#include "db/Catalog.h"
#include "inventory/InventoryWriter.h"
#include "sources/UrlTemplate.h"
#include "util/TreePath.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace opsdeck {

namespace {

QVariant optionalInt(const std::optional<qint64>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

std::optional<qint64> toOptional(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

const char* kSelectSources =
    "SELECT s.id, s.kind, s.url, s.query, s.step, s.as_key, COALESCE(m.name, ''), COALESCE(s.node_path, ''), "
    "s.interval, s.timeout, s.auth, s.auth_user, s.secret_name, s.enabled, s.version, s.changed_by, "
    "s.changed_at FROM sources s LEFT JOIN machines m ON m.id = s.machine_id";

Source sourceFromRow(const QSqlQuery& q)
{
    Source s;
    s.id = q.value(0).toLongLong();
    s.kind = sourceKindFromName(q.value(1).toString()).value_or(SourceKind::NodeExporter);
    s.url = q.value(2).toString();
    s.query = q.value(3).toString();
    s.stepSecs = q.value(4).toInt();
    s.asKey = q.value(5).toString();
    s.machine = q.value(6).toString();
    s.nodePath = q.value(7).toString();
    s.intervalSecs = q.value(8).toInt();
    s.timeoutSecs = q.value(9).toInt();
    s.auth = authKindFromName(q.value(10).toString()).value_or(AuthKind::None);
    s.authUser = q.value(11).toString();
    s.secretName = q.value(12).toString();
    s.enabled = q.value(13).toBool();
    s.stamp = RowVersion::fromQuery(q, 14);
    return s;
}

QString notFound(qint64 id)
{
    return QCoreApplication::translate("SourceRepository", "no source with id %1; see opsdeck source list")
        .arg(id);
}

// The source as a refusal shows it (never a secret: only the keychain entry's name).
RowVersion::ReadRow sourceRow(const Source& s)
{
    return {QCoreApplication::translate("SourceRepository", "source %1").arg(s.id), s.stamp,
            QJsonObject{{QStringLiteral("id"), double(s.id)},
                        {QStringLiteral("kind"), sourceKindName(s.kind)},
                        {QStringLiteral("url"), s.url},
                        {QStringLiteral("query"), s.query},
                        {QStringLiteral("step"), s.stepSecs},
                        {QStringLiteral("as"), s.asKey},
                        {QStringLiteral("machine"), s.machine},
                        {QStringLiteral("node"), s.nodePath},
                        {QStringLiteral("interval"), s.intervalSecs},
                        {QStringLiteral("timeout"), s.timeoutSecs},
                        {QStringLiteral("auth"), authKindName(s.auth)},
                        {QStringLiteral("auth_user"), s.authUser},
                        {QStringLiteral("secret_name"), s.secretName},
                        {QStringLiteral("enabled"), s.enabled},
                        {QStringLiteral("version"), s.stamp.version}}};
}

Result<Source> readSource(QSqlDatabase& db, qint64 id)
{
    auto q =
        Database::exec(db, QString::fromLatin1(kSelectSources) + QStringLiteral(" WHERE s.id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (!q->next())
        return Error::notFound(notFound(id));
    return sourceFromRow(*q);
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString& s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

SourceRepository::SourceRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db)), m_operator(InventoryWriter::osUserName())
{}

Status SourceRepository::writeVersioned(QSqlDatabase& db, qint64 id, std::optional<qint64> expected,
                                        const QString& set, const QVariantList& bindings) const
{
    auto before = readSource(db, id);
    if (!before.ok())
        return before.error();
    return RowVersion::write(db, QStringLiteral("sources"), set, bindings, QStringLiteral("id"), id,
                             sourceRow(*before), expected, m_operator, QDateTime::currentSecsSinceEpoch(),
                             [&]() -> Result<RowVersion::ReadRow> {
                                 auto now = readSource(db, id);
                                 if (!now.ok())
                                     return now.error();
                                 return sourceRow(*now);
                             });
}

Status SourceRepository::validate(const Source& s)
{
    if (s.kind == SourceKind::Ssh)
        return validateSsh(s);
    if (s.url.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("SourceRepository", "a source needs a URL"));
    if (auto st = UrlTemplate::check(s.url); !st.ok())
        return st;
    if (!s.machine.isEmpty() && !s.nodePath.isEmpty())
        return Error::usage(QCoreApplication::translate("SourceRepository",
                                                        "bind a source to --machine or to --node, not both"));
    if (s.kind == SourceKind::NodeExporter && s.machine.isEmpty() && s.nodePath.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "SourceRepository", "a node-exporter source needs --machine NAME or --node PATH"));
    if (s.isBackend() && s.query.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("SourceRepository", "a %1 source needs --query EXPR")
                                .arg(sourceKindName(s.kind)));
    if (!s.isBackend() && !s.query.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "SourceRepository", "--query is for graphite, prometheus and opentsdb sources"));
    if (s.intervalSecs <= 0 || s.timeoutSecs <= 0 || s.stepSecs <= 0)
        return Error::usage(
            QCoreApplication::translate("SourceRepository", "interval, timeout and step must be positive"));
    if (s.timeoutSecs > s.intervalSecs)
        return Error::usage(
            QCoreApplication::translate("SourceRepository",
                                        "the timeout (%1 s) must not be longer than the interval (%2 s)")
                .arg(s.timeoutSecs)
                .arg(s.intervalSecs));
    if (s.auth != AuthKind::None && s.secretName.trimmed().isEmpty())
        return Error::usage(
            QCoreApplication::translate(
                "SourceRepository",
                "--auth %1 needs --secret-name NAME (the keychain entry that holds the secret)")
                .arg(authKindName(s.auth)));
    if (s.auth == AuthKind::None && !s.secretName.isEmpty())
        return Error::usage(QCoreApplication::translate("SourceRepository",
                                                        "--secret-name needs --auth basic or --auth bearer"));
    return {};
}

Status SourceRepository::validateSsh(const Source& s)
{
    if (!s.url.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "SourceRepository", "an ssh source has no URL: it runs --command CMD (default: read /proc)"));
    if (s.machine.isEmpty() == s.nodePath.isEmpty())
        return Error::usage(QCoreApplication::translate("SourceRepository",
                                                        "an ssh source needs --machine NAME or --node PATH"));
    if (s.auth != AuthKind::None)
        return Error::usage(QCoreApplication::translate(
            "SourceRepository", "an ssh source authenticates as the machine's SSH user, not with --auth"));
    if (s.intervalSecs <= 0 || s.timeoutSecs <= 0)
        return Error::usage(
            QCoreApplication::translate("SourceRepository", "interval and timeout must be positive"));
    if (s.timeoutSecs > s.intervalSecs)
        return Error::usage(
            QCoreApplication::translate("SourceRepository",
                                        "the timeout (%1 s) must not be longer than the interval (%2 s)")
                .arg(s.timeoutSecs)
                .arg(s.intervalSecs));
    return {};
}

Result<qint64> SourceRepository::add(const Source& s, qint64 nowSecs) const
{
    if (auto st = validate(s); !st.ok())
        return st.error();
    QSqlDatabase db = m_db->connection();
    auto machineId = checkedBinding(db, s);
    if (!machineId.ok())
        return machineId.error();
    auto q = Database::exec(
        db,
        QStringLiteral(
            "INSERT INTO sources (kind, url, query, step, as_key, machine_id, node_path, interval, timeout, "
            "auth, auth_user, secret_name, enabled, created_at, changed_by, changed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {sourceKindName(s.kind), text(s.url), text(s.query), s.stepSecs, text(s.asKey), *machineId,
         s.nodePath.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.nodePath),
         s.intervalSecs, s.timeoutSecs, authKindName(s.auth), text(s.authUser), text(s.secretName),
         s.enabled ? 1 : 0, nowSecs, text(m_operator), nowSecs});
    if (!q.ok())
        return q.error();
    return q->lastInsertId().toLongLong();
}

Result<QVariant> SourceRepository::checkedBinding(QSqlDatabase& db, const Source& s) const
{
    QVariant machineId(QMetaType::fromType<qint64>());
    if (!s.machine.isEmpty()) {
        auto q = Database::exec(db, QStringLiteral("SELECT id FROM machines WHERE name = ?"), {s.machine});
        if (!q.ok())
            return q.error();
        if (!q->next())
            return Error::notFound(
                QCoreApplication::translate("SourceRepository",
                                            "no machine named '%1'; add it with opsdeck machine add")
                    .arg(s.machine));
        machineId = q->value(0).toLongLong();
    }
    if (!s.nodePath.isEmpty()) {
        auto machines = machinesUnderNode(db, s);
        if (!machines.ok())
            return machines.error();
    }
    return machineId;
}

Status SourceRepository::update(const Source& s, std::optional<qint64> expectedVersion) const
{
    if (auto st = validate(s); !st.ok())
        return st;
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto machineId = checkedBinding(db, s);
        if (!machineId.ok())
            return machineId.error();
        if (Status st = writeVersioned(
                db, s.id, expectedVersion,
                QStringLiteral("kind = ?, url = ?, query = ?, step = ?, as_key = ?, machine_id = ?, "
                               "node_path = ?, interval = ?, timeout = ?, auth = ?, auth_user = ?, "
                               "secret_name = ?, enabled = ?"),
                {sourceKindName(s.kind), text(s.url), text(s.query), s.stepSecs, text(s.asKey), *machineId,
                 s.nodePath.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s.nodePath),
                 s.intervalSecs, s.timeoutSecs, authKindName(s.auth), text(s.authUser), text(s.secretName),
                 s.enabled ? 1 : 0});
            !st.ok())
            return st;
        // Status rows of machines the source no longer polls would show forever.
        QList<PollTarget> polled{PollTarget{s.id, s.machine, {}, 0}};
        if (!s.nodePath.isEmpty()) {
            auto under = machinesUnderNode(db, s);
            if (!under.ok())
                return under.error();
            polled = *under;
        }
        QStringList keep;
        for (const PollTarget& t : polled)
            keep << text(t.machine);
        auto rows = Database::exec(
            db, QStringLiteral("SELECT machine FROM source_targets WHERE source_id = ?"), {s.id});
        if (!rows.ok())
            return rows.error();
        QStringList drop;
        while (rows->next())
            if (!keep.contains(rows->value(0).toString()))
                drop << rows->value(0).toString();
        for (const QString& machine : drop) {
            auto d = Database::exec(
                db, QStringLiteral("DELETE FROM source_targets WHERE source_id = ? AND machine = ?"),
                {s.id, machine});
            if (!d.ok())
                return d.error();
        }
        return {};
    });
}

Status SourceRepository::setEnabled(qint64 id, bool enabled, std::optional<qint64> expectedVersion) const
{
    return m_db->transaction([&](QSqlDatabase& db) -> Status {
        return writeVersioned(db, id, expectedVersion, QStringLiteral("enabled = ?"), {enabled ? 1 : 0});
    });
}

Result<QList<Source>> SourceRepository::list() const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QString::fromLatin1(kSelectSources) + QStringLiteral(" ORDER BY s.id"));
    if (!q.ok())
        return q.error();
    QList<Source> out;
    while (q->next())
        out << sourceFromRow(*q);
    return out;
}

Result<Source> SourceRepository::get(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    return readSource(db, id);
}

Status SourceRepository::remove(qint64 id) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(db, QStringLiteral("DELETE FROM sources WHERE id = ?"), {id});
    if (!q.ok())
        return q.error();
    if (q->numRowsAffected() == 0)
        return Error::notFound(
            QCoreApplication::translate("SourceRepository", "no source with id %1; see opsdeck source list")
                .arg(id));
    return {};
}

Result<QString> SourceRepository::removeReleasingSecret(qint64 id) const
{
    QString released;
    Status st = m_db->transaction([&](QSqlDatabase& db) -> Status {
        auto secret = Database::exec(
            db, QStringLiteral("SELECT coalesce(secret_name, '') FROM sources WHERE id = ?"), {id});
        if (!secret.ok())
            return secret.error();
        if (!secret->next())
            return Error::notFound(QCoreApplication::translate(
                                       "SourceRepository", "no source with id %1; see opsdeck source list")
                                       .arg(id));
        const QString name = secret->value(0).toString();
        secret->finish();
        auto del = Database::exec(db, QStringLiteral("DELETE FROM sources WHERE id = ?"), {id});
        if (!del.ok())
            return del.error();
        if (name.isEmpty())
            return {};
        auto users =
            Database::exec(db, QStringLiteral("SELECT count(*) FROM sources WHERE secret_name = ?"), {name});
        if (!users.ok())
            return users.error();
        if (users->next() && users->value(0).toLongLong() == 0)
            released = name;
        return {};
    });
    if (!st.ok())
        return st.error();
    return released;
}

Result<QList<PollTarget>> SourceRepository::targets(const Source& s) const
{
    QSqlDatabase db = m_db->connection();
    if (!s.machine.isEmpty()) {
        auto q = Database::exec(db, QStringLiteral("SELECT name, address, port FROM machines WHERE name = ?"),
                                {s.machine});
        if (!q.ok())
            return q.error();
        QList<PollTarget> out;
        if (q->next())
            out << PollTarget{s.id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
        return out;
    }
    if (!s.nodePath.isEmpty())
        return machinesUnderNode(db, s);
    return QList<PollTarget>{PollTarget{s.id, QString(), QString(), 0}};
}

Result<QList<PollTarget>> SourceRepository::machinesUnderNode(QSqlDatabase& db, const Source& s) const
{
    auto hasTree = Catalog::tableExists(db, QStringLiteral("tree_nodes"));
    if (!hasTree.ok())
        return hasTree.error();
    if (!*hasTree)
        return Error::failure(QCoreApplication::translate(
            "SourceRepository", "the service tree is not available in this database; bind the source with "
                                "--machine NAME"));
    const QString path = trimmedTreePath(s.nodePath);
    auto node = Database::exec(db, QStringLiteral("SELECT id FROM tree_nodes WHERE path = ?"), {path});
    if (!node.ok())
        return node.error();
    if (!node->next())
        return Error::notFound(
            QCoreApplication::translate("SourceRepository", "no tree node '%1'; see opsdeck tree list")
                .arg(s.nodePath));
    // Machines bound to the node or to any node below it, and machines that run a unit
    // of a service below it.
    auto q = Database::exec(
        db,
        QStringLiteral("SELECT m.name, m.address, m.port FROM machines m WHERE m.id IN ("
                       " SELECT nm.machine_id FROM node_machines nm JOIN tree_nodes n ON n.id = nm.node_id"
                       "  WHERE n.path = ? OR substr(n.path, 1, length(?) + 1) = ? || '/'"
                       " UNION"
                       " SELECT u.machine_id FROM units u JOIN tree_nodes n ON n.id = u.service_id"
                       "  WHERE n.path = ? OR substr(n.path, 1, length(?) + 1) = ? || '/')"
                       " ORDER BY m.name"),
        {path, path, path, path, path, path});
    if (!q.ok())
        return q.error();
    QList<PollTarget> out;
    while (q->next())
        out << PollTarget{s.id, q->value(0).toString(), q->value(1).toString(), q->value(2).toInt()};
    return out;
}

Result<QList<TargetStatus>> SourceRepository::statuses(qint64 sourceId) const
{
    QSqlDatabase db = m_db->connection();
    QString sql = QStringLiteral(
        "SELECT source_id, machine, last_attempt, last_ok, last_error, consecutive_failures, last_samples, "
        "last_malformed, malformed_total, state, last_series, last_mapped, malformed_lines FROM "
        "source_targets");
    QVariantList bind;
    if (sourceId > 0) {
        sql += QStringLiteral(" WHERE source_id = ?");
        bind << sourceId;
    }
    sql += QStringLiteral(" ORDER BY source_id, machine");
    auto q = Database::exec(db, sql, bind);
    if (!q.ok())
        return q.error();
    QList<TargetStatus> out;
    while (q->next()) {
        TargetStatus t;
        t.sourceId = q->value(0).toLongLong();
        t.machine = q->value(1).toString();
        t.lastAttempt = toOptional(q->value(2));
        t.lastOk = toOptional(q->value(3));
        t.lastError = q->value(4).toString();
        t.consecutiveFailures = q->value(5).toInt();
        t.lastSamples = q->value(6).toInt();
        t.lastMalformed = q->value(7).toInt();
        t.malformedTotal = q->value(8).toLongLong();
        t.state = targetStateFromName(q->value(9).toString()).value_or(TargetState::Stale);
        t.lastSeries = q->value(10).toInt();
        t.lastMapped = q->value(11).toInt();
        t.malformedLines =
            malformedLinesFromJson(QJsonDocument::fromJson(q->value(12).toString().toUtf8()).array());
        out << t;
    }
    return out;
}

Result<TargetStatus> SourceRepository::recordOn(QSqlDatabase& db, const PollOutcome& o,
                                                const HealthPolicy& policy)
{
    auto q =
        Database::exec(db,
                       QStringLiteral("SELECT last_ok, consecutive_failures, malformed_total, last_series, "
                                      "last_mapped, malformed_lines "
                                      "FROM source_targets WHERE source_id = ? AND machine = ?"),
                       {o.target.sourceId, text(o.target.machine)});
    if (!q.ok())
        return q.error();
    std::optional<qint64> lastOk;
    int failures = 0;
    qint64 malformedTotal = 0;
    TargetStatus t;
    QString linesJson = QStringLiteral("[]");
    if (q->next()) {
        lastOk = toOptional(q->value(0));
        failures = q->value(1).toInt();
        malformedTotal = q->value(2).toLongLong();
        t.lastSeries = q->value(3).toInt();
        t.lastMapped = q->value(4).toInt();
        linesJson = q->value(5).toString();
    }
    const qint64 at = (o.startedMs + o.durationMs) / 1000;
    if (o.ok) {
        lastOk = at;
        failures = 0;
    } else {
        ++failures;
    }
    malformedTotal += o.malformed;
    // An answer that was read replaces what the last one left; a poll without one keeps it.
    if (o.parsed) {
        t.lastSeries = o.series;
        t.lastMapped = o.mapped;
        t.malformedLines = o.malformedLines;
        linesJson = QString::fromUtf8(
            QJsonDocument(malformedLinesToJson(o.malformedLines)).toJson(QJsonDocument::Compact));
    } else {
        t.malformedLines = malformedLinesFromJson(QJsonDocument::fromJson(linesJson.toUtf8()).array());
    }
    t.sourceId = o.target.sourceId;
    t.machine = o.target.machine;
    t.lastAttempt = at;
    t.lastOk = lastOk;
    t.lastError = o.ok ? QString() : o.error;
    t.consecutiveFailures = failures;
    t.lastSamples = o.samples;
    t.lastMalformed = o.malformed;
    t.malformedTotal = malformedTotal;
    t.state = policy.evaluate(lastOk, failures, at);
    auto w = Database::exec(
        db,
        QStringLiteral(
            "INSERT INTO source_targets (source_id, machine, last_attempt, last_ok, "
            "last_error, consecutive_failures, last_samples, last_malformed, malformed_total, state, "
            "last_series, last_mapped, malformed_lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (source_id, machine) DO UPDATE SET last_attempt = excluded.last_attempt, "
            "last_ok = excluded.last_ok, last_error = excluded.last_error, "
            "consecutive_failures = excluded.consecutive_failures, last_samples = excluded.last_samples, "
            "last_malformed = excluded.last_malformed, malformed_total = excluded.malformed_total, "
            "state = excluded.state, last_series = excluded.last_series, last_mapped = excluded.last_mapped, "
            "malformed_lines = excluded.malformed_lines"),
        {t.sourceId, text(t.machine), at, optionalInt(lastOk), text(t.lastError), failures, t.lastSamples,
         t.lastMalformed, malformedTotal, targetStateName(t.state), t.lastSeries, t.lastMapped, linesJson});
    if (!w.ok())
        return w.error();
    // What a node_exporter page says of the machine (its mount points), beside the
    // collector's meta: the host page titles disk usage by it.
    if (o.ok && !o.meta.isEmpty() && !o.target.machine.isEmpty()) {
        QList<CollectorFact> facts;
        for (const NodeExporterMeta& m : o.meta)
            facts.append({m.key, m.value});
        if (auto written =
                MachineMetaWriter::writeOn(db, o.target.machine, facts, QStringLiteral("node-exporter"), at);
            !written.ok())
            return written.error();
    }
    return t;
}

Result<TargetStatus> SourceRepository::record(const PollOutcome& o, const HealthPolicy& policy) const
{
    auto all = recordAll({o}, policy);
    if (!all.ok())
        return all.error();
    return all->first();
}

Result<QList<TargetStatus>> SourceRepository::recordAll(const QList<PollOutcome>& outcomes,
                                                        const HealthPolicy& policy,
                                                        const QList<StateUpdate>& states) const
{
    QList<TargetStatus> out;
    Status st = m_db->transaction([&](QSqlDatabase& db) -> Status {
        for (const PollOutcome& o : outcomes) {
            auto t = recordOn(db, o, policy);
            if (!t.ok())
                return t.error();
            out << *t;
        }
        for (const StateUpdate& u : states) {
            auto q = Database::exec(
                db, QStringLiteral("UPDATE source_targets SET state = ? WHERE source_id = ? AND machine = ?"),
                {targetStateName(u.state), u.sourceId, text(u.machine)});
            if (!q.ok())
                return q.error();
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return out;
}

Status SourceRepository::setState(qint64 sourceId, const QString& machine, TargetState state) const
{
    QSqlDatabase db = m_db->connection();
    auto q = Database::exec(
        db, QStringLiteral("UPDATE source_targets SET state = ? WHERE source_id = ? AND machine = ?"),
        {targetStateName(state), sourceId, text(machine)});
    if (!q.ok())
        return q.error();
    return {};
}

} // namespace opsdeck
