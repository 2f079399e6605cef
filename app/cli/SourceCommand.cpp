// `opsdeck source add|list|set|status|remove`: the metric sources Opsdeck polls.

#include "cli/VerbTable.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QJsonArray>
#include <QJsonObject>

namespace opsdeck::cli {
namespace {

QJsonValue optionalTime(const std::optional<qint64>& t)
{
    return t ? QJsonValue(double(*t)) : QJsonValue(QJsonValue::Null);
}

// One source with the summary of its targets' status.
QJsonObject sourceRecord(const Source& s, const QList<TargetStatus>& statuses)
{
    std::optional<qint64> lastOk;
    QString lastError;
    qint64 malformed = 0;
    int targets = 0;
    std::optional<TargetState> worst;
    for (const TargetStatus& t : statuses) {
        if (t.sourceId != s.id)
            continue;
        ++targets;
        if (t.lastOk && (!lastOk || *t.lastOk > *lastOk))
            lastOk = t.lastOk;
        if (lastError.isEmpty() && !t.lastError.isEmpty())
            lastError = s.nodePath.isEmpty() ? t.lastError : t.machine + QStringLiteral(": ") + t.lastError;
        malformed += t.malformedTotal;
        if (!worst || int(t.state) > int(*worst))
            worst = t.state;
    }
    return QJsonObject{{QStringLiteral("id"), double(s.id)},
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
                       {QStringLiteral("secret_name"), s.secretName},
                       {QStringLiteral("enabled"), s.enabled},
                       {QStringLiteral("targets"), targets},
                       {QStringLiteral("state"), worst ? targetStateName(*worst) : QString()},
                       {QStringLiteral("last_ok"), optionalTime(lastOk)},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("malformed"), double(malformed)}};
}

// Sets the duration options that are given (checked by the verb table).
void readDurations(const QCommandLineParser& p, std::initializer_list<std::pair<QString, int*>> fields)
{
    for (const auto& [name, field] : fields)
        if (p.isSet(name))
            *field = int(TimeSpec::parseDuration(p.value(name)).valueOr(*field));
}

int runAdd(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 2)
        return ctx.usage(CliContext::tr("source add takes KIND and URL"));
    Source s;
    const auto kind = sourceKindFromName(pos.at(0));
    if (!kind)
        return ctx.usage(
            CliContext::tr("unknown source kind '%1': use node-exporter, graphite, prometheus or "
                           "opentsdb")
                .arg(pos.at(0)));
    s.kind = *kind;
    s.url = pos.at(1);
    s.query = p.value(QStringLiteral("query"));
    s.asKey = p.value(QStringLiteral("as"));
    s.machine = p.value(QStringLiteral("machine"));
    if (p.isSet(QStringLiteral("node")))
        s.nodePath = nodePathArgument(p.value(QStringLiteral("node")));
    readDurations(p, {{QStringLiteral("interval"), &s.intervalSecs},
                      {QStringLiteral("timeout"), &s.timeoutSecs},
                      {QStringLiteral("step"), &s.stepSecs}});
    // The default timeout never exceeds a short interval the user gave.
    if (!p.isSet(QStringLiteral("timeout")))
        s.timeoutSecs = std::min(s.timeoutSecs, s.intervalSecs);
    if (p.isSet(QStringLiteral("auth")))
        s.auth = authKindFromName(p.value(QStringLiteral("auth")).toLower()).value_or(s.auth);
    s.secretName = p.value(QStringLiteral("secret-name"));
    s.authUser = p.value(QStringLiteral("user"));
    if (!s.isBackend() && (p.isSet(QStringLiteral("step")) || p.isSet(QStringLiteral("as"))))
        return ctx.usage(CliContext::tr("--step and --as are for graphite, prometheus and opentsdb sources"));
    const OutputFormat format = formatOf(p, OutputFormat::Text);

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    SourceRepository repo(*db);
    auto id = repo.add(s, Clock::system().nowSecs());
    if (!id.ok())
        return ctx.fail(id.error());
    auto added = repo.get(*id);
    if (!added.ok())
        return ctx.fail(added.error());
    if (format == OutputFormat::Text) {
        ctx.out << CliContext::tr("added source %1").arg(*id) << Qt::endl;
        return 0;
    }
    printRecords(ctx.out, format, QStringLiteral("sources"),
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("url"),
                  QStringLiteral("machine"), QStringLiteral("node"), QStringLiteral("interval")},
                 QJsonArray{sourceRecord(*added, {})});
    return 0;
}

int runList(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (!pos.isEmpty())
        return ctx.usage(CliContext::tr("unexpected argument '%1'").arg(pos.first()));
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    SourceRepository repo(*db);
    auto sources = repo.list();
    if (!sources.ok())
        return ctx.fail(sources.error());
    auto statuses = repo.statuses();
    if (!statuses.ok())
        return ctx.fail(statuses.error());
    QJsonArray records;
    for (const Source& s : *sources)
        records << sourceRecord(s, *statuses);
    QStringList columns{QStringLiteral("id"),       QStringLiteral("kind"),    QStringLiteral("url"),
                        QStringLiteral("machine"),  QStringLiteral("node"),    QStringLiteral("interval"),
                        QStringLiteral("state"),    QStringLiteral("last_ok"), QStringLiteral("last_error"),
                        QStringLiteral("malformed")};
    if (format == OutputFormat::Csv)
        columns = QStringList{
            QStringLiteral("id"),      QStringLiteral("kind"),       QStringLiteral("url"),
            QStringLiteral("query"),   QStringLiteral("step"),       QStringLiteral("as"),
            QStringLiteral("machine"), QStringLiteral("node"),       QStringLiteral("interval"),
            QStringLiteral("timeout"), QStringLiteral("auth"),       QStringLiteral("secret_name"),
            QStringLiteral("enabled"), QStringLiteral("targets"),    QStringLiteral("state"),
            QStringLiteral("last_ok"), QStringLiteral("last_error"), QStringLiteral("malformed")};
    printRecords(ctx.out, format, QStringLiteral("sources"), columns, records, {},
                 {QStringLiteral("last_ok")});
    return 0;
}

std::optional<qint64> sourceId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

int runSet(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("source set takes one ID"));
    const auto id = sourceId(pos.at(0));
    if (!id)
        return ctx.usage(CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(0)));
    const bool enable = p.isSet(QStringLiteral("enable"));
    const bool disable = p.isSet(QStringLiteral("disable"));
    if (enable && disable)
        return ctx.usage(CliContext::tr("use --enable or --disable, not both"));
    if (!enable && !disable && !p.isSet(QStringLiteral("interval")) && !p.isSet(QStringLiteral("timeout")) &&
        !p.isSet(QStringLiteral("url")))
        return ctx.usage(CliContext::tr("nothing to change: give --interval, --timeout, --url, --enable or "
                                        "--disable"));

    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    SourceRepository repo(*db);
    auto source = repo.get(*id);
    if (!source.ok())
        return ctx.fail(source.error());
    Source s = *source;
    readDurations(
        p, {{QStringLiteral("interval"), &s.intervalSecs}, {QStringLiteral("timeout"), &s.timeoutSecs}});
    if (p.isSet(QStringLiteral("interval")) && !p.isSet(QStringLiteral("timeout")))
        s.timeoutSecs = std::min(s.timeoutSecs, s.intervalSecs);
    if (p.isSet(QStringLiteral("url")))
        s.url = p.value(QStringLiteral("url"));
    if (enable || disable)
        s.enabled = enable;
    if (auto st = repo.update(s); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("changed source %1").arg(*id) << Qt::endl;
    return 0;
}

// One target of a source: where its polls stand.
QJsonObject targetRecord(const TargetStatus& t)
{
    return QJsonObject{{QStringLiteral("source_id"), double(t.sourceId)},
                       {QStringLiteral("machine"), t.machine},
                       {QStringLiteral("state"), targetStateName(t.state)},
                       {QStringLiteral("last_attempt"), optionalTime(t.lastAttempt)},
                       {QStringLiteral("last_ok"), optionalTime(t.lastOk)},
                       {QStringLiteral("last_error"), t.lastError},
                       {QStringLiteral("samples"), t.lastSamples},
                       {QStringLiteral("malformed"), double(t.malformedTotal)},
                       {QStringLiteral("failures"), t.consecutiveFailures}};
}

int runStatus(CliContext& ctx, const QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() > 1)
        return ctx.usage(CliContext::tr("source status takes at most one ID"));
    qint64 id = 0;
    if (pos.size() == 1) {
        const auto parsed = sourceId(pos.at(0));
        if (!parsed)
            return ctx.usage(
                CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(0)));
        id = *parsed;
    }
    const OutputFormat format = formatOf(p);
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    SourceRepository repo(*db);
    if (id > 0) {
        if (auto source = repo.get(id); !source.ok())
            return ctx.fail(source.error());
    }
    auto statuses = repo.statuses(id);
    if (!statuses.ok())
        return ctx.fail(statuses.error());
    QJsonArray records;
    for (const TargetStatus& t : *statuses)
        records << targetRecord(t);
    // A source whose targets cannot be resolved is skipped by the poller: say so and why.
    auto sources = repo.list();
    if (!sources.ok())
        return ctx.fail(sources.error());
    for (const Source& s : std::as_const(*sources)) {
        if (!s.enabled || (id > 0 && s.id != id))
            continue;
        if (auto targets = repo.targets(s); !targets.ok())
            records << QJsonObject{{QStringLiteral("source_id"), double(s.id)},
                                   {QStringLiteral("machine"), QString()},
                                   {QStringLiteral("state"), QStringLiteral("skipped")},
                                   {QStringLiteral("last_attempt"), QJsonValue()},
                                   {QStringLiteral("last_ok"), QJsonValue()},
                                   {QStringLiteral("last_error"), targets.error().message},
                                   {QStringLiteral("samples"), 0},
                                   {QStringLiteral("malformed"), 0},
                                   {QStringLiteral("failures"), 0}};
    }
    printRecords(ctx.out, format, QStringLiteral("targets"),
                 {QStringLiteral("source_id"), QStringLiteral("machine"), QStringLiteral("state"),
                  QStringLiteral("last_attempt"), QStringLiteral("last_ok"), QStringLiteral("last_error"),
                  QStringLiteral("samples"), QStringLiteral("malformed"), QStringLiteral("failures")},
                 records, {}, {QStringLiteral("last_attempt"), QStringLiteral("last_ok")});
    return 0;
}

int runRemove(CliContext& ctx, const QCommandLineParser&, const QStringList& pos)
{
    if (pos.size() != 1)
        return ctx.usage(CliContext::tr("source remove takes one ID"));
    const auto parsed = sourceId(pos.at(0));
    if (!parsed)
        return ctx.usage(CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(0)));
    const qint64 id = *parsed;
    auto db = ctx.database();
    if (!db.ok())
        return ctx.fail(db.error());
    if (auto st = SourceRepository(*db).remove(id); !st.ok())
        return ctx.fail(st.error());
    ctx.out << CliContext::tr("removed source %1").arg(id) << Qt::endl;
    return 0;
}

int runSource(CliContext& ctx)
{
    const QString interval = QStringLiteral("interval");
    const QString timeout = QStringLiteral("timeout");
    const QString fmt = QStringLiteral("format");
    return VerbTable(QStringLiteral("source"))
        .option({QStringLiteral("query"), CliContext::tr("backend expression, passed through"),
                 QStringLiteral("EXPR")})
        .option({QStringLiteral("step"), CliContext::tr("backend resolution (e.g. 60s)"), QStringLiteral("S"),
                 check::duration()})
        .option({QStringLiteral("as"), CliContext::tr("metric key to store the fetched series under"),
                 QStringLiteral("KEY")})
        .option({QStringLiteral("machine"), CliContext::tr("the machine the source belongs to"),
                 QStringLiteral("NAME")})
        .option({QStringLiteral("node"), CliContext::tr("the tree node whose machines it polls"),
                 QStringLiteral("PATH")})
        .option(
            {interval, CliContext::tr("poll interval (default 60s)"), QStringLiteral("S"), check::duration()})
        .option({timeout, CliContext::tr("request timeout (default 10s, at most the interval)"),
                 QStringLiteral("S"), check::duration()})
        .option({QStringLiteral("auth"), CliContext::tr("basic or bearer"), QStringLiteral("KIND"),
                 check::oneOf({QStringLiteral("basic"), QStringLiteral("bearer")})})
        .option({QStringLiteral("secret-name"),
                 CliContext::tr("keychain entry holding the password or token"), QStringLiteral("N")})
        .option({QStringLiteral("user"), CliContext::tr("basic auth user name"), QStringLiteral("NAME")})
        .option({QStringLiteral("url"), CliContext::tr("set: the new URL template"), QStringLiteral("U")})
        .option({QStringLiteral("enable"), CliContext::tr("set: poll the source")})
        .option(
            {QStringLiteral("disable"), CliContext::tr("set: stop polling the source (it stays configured)")})
        .option(formatOption())
        .verb({QStringLiteral("add"),
               QStringLiteral(
                   "node-exporter|graphite|prometheus|opentsdb URL [--query EXPR] [--step S] [--as KEY] "
                   "(--machine NAME | --node PATH) [--interval S] [--timeout S] [--auth basic|bearer "
                   "--secret-name N [--user U]] [--format F]"),
               {QStringLiteral("query"), QStringLiteral("step"), QStringLiteral("as"),
                QStringLiteral("machine"), QStringLiteral("node"), interval, timeout, QStringLiteral("auth"),
                QStringLiteral("secret-name"), QStringLiteral("user"), fmt},
               runAdd})
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {fmt}, runList})
        .verb(
            {QStringLiteral("set"),
             QStringLiteral("ID [--interval S] [--timeout S] [--enable|--disable] [--url U] (to change the "
                            "kind, query or binding, remove the source and add it again)"),
             {interval, timeout, QStringLiteral("url"), QStringLiteral("enable"), QStringLiteral("disable")},
             runSet})
        .verb({QStringLiteral("status"), QStringLiteral("[ID] [--format F]"), {fmt}, runStatus})
        .verb({QStringLiteral("remove"), QStringLiteral("ID"), {}, runRemove})
        .run(ctx);
}

} // namespace

OPSDECK_COMMAND("source",
                QT_TRANSLATE_NOOP("commands", "add, list, change, inspect or remove metric sources"),
                runSource);

} // namespace opsdeck::cli
