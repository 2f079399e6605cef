// `opsdeck source add|list|set|status|remove`: the metric sources Opsdeck polls.

#include "cli/CommandRegistry.h"
#include "cli/Output.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QCommandLineParser>
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

int runAdd(CliContext& ctx, QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 3)
        return ctx.usage(
            CliContext::tr("usage: opsdeck source add node-exporter|graphite|prometheus|opentsdb URL "
                           "[--query EXPR] [--machine NAME | --node PATH] [--interval S]"));
    Source s;
    const auto kind = sourceKindFromName(pos.at(1));
    if (!kind)
        return ctx.usage(
            CliContext::tr("unknown source kind '%1': use node-exporter, graphite, prometheus or "
                           "opentsdb")
                .arg(pos.at(1)));
    s.kind = *kind;
    s.url = pos.at(2);
    s.query = p.value(QStringLiteral("query"));
    s.asKey = p.value(QStringLiteral("as"));
    s.machine = p.value(QStringLiteral("machine"));
    s.nodePath = p.value(QStringLiteral("node"));
    auto duration = [&](const QString& name, int& into) -> Status {
        if (!p.isSet(name))
            return {};
        auto d = TimeSpec::parseDuration(p.value(name));
        if (!d.ok())
            return Error::usage(QStringLiteral("--%1: %2").arg(name, d.error().message));
        into = int(*d);
        return {};
    };
    for (const auto& [name, field] : {std::pair<QString, int*>{QStringLiteral("interval"), &s.intervalSecs},
                                      std::pair<QString, int*>{QStringLiteral("timeout"), &s.timeoutSecs},
                                      std::pair<QString, int*>{QStringLiteral("step"), &s.stepSecs}})
        if (auto st = duration(name, *field); !st.ok())
            return ctx.fail(st.error());
    // The default timeout never exceeds a short interval the user gave.
    if (!p.isSet(QStringLiteral("timeout")))
        s.timeoutSecs = std::min(s.timeoutSecs, s.intervalSecs);
    if (p.isSet(QStringLiteral("auth"))) {
        const auto auth = authKindFromName(p.value(QStringLiteral("auth")));
        if (!auth)
            return ctx.usage(CliContext::tr("--auth: use basic or bearer"));
        s.auth = *auth;
    }
    s.secretName = p.value(QStringLiteral("secret-name"));
    s.authUser = p.value(QStringLiteral("user"));
    if (!s.isBackend() && (p.isSet(QStringLiteral("step")) || p.isSet(QStringLiteral("as"))))
        return ctx.usage(CliContext::tr("--step and --as are for graphite, prometheus and opentsdb sources"));

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
    auto format = parseOutputFormat(p.value(QStringLiteral("format")), OutputFormat::Text);
    if (!format.ok())
        return ctx.fail(format.error());
    if (*format == OutputFormat::Text) {
        ctx.out << CliContext::tr("added source %1").arg(*id) << Qt::endl;
        return 0;
    }
    printRecords(ctx.out, *format, QStringLiteral("sources"),
                 {QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("url"),
                  QStringLiteral("machine"), QStringLiteral("node"), QStringLiteral("interval")},
                 QJsonArray{sourceRecord(*added, {})});
    return 0;
}

int runList(CliContext& ctx, QCommandLineParser& p)
{
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
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
    if (*format == OutputFormat::Csv)
        columns = QStringList{
            QStringLiteral("id"),      QStringLiteral("kind"),       QStringLiteral("url"),
            QStringLiteral("query"),   QStringLiteral("step"),       QStringLiteral("as"),
            QStringLiteral("machine"), QStringLiteral("node"),       QStringLiteral("interval"),
            QStringLiteral("timeout"), QStringLiteral("auth"),       QStringLiteral("secret_name"),
            QStringLiteral("enabled"), QStringLiteral("targets"),    QStringLiteral("state"),
            QStringLiteral("last_ok"), QStringLiteral("last_error"), QStringLiteral("malformed")};
    if (*format == OutputFormat::Table) {
        // Times for people in ISO 8601.
        QJsonArray shown;
        for (const auto& v : records) {
            QJsonObject o = v.toObject();
            if (!o.value(QStringLiteral("last_ok")).isNull())
                o.insert(QStringLiteral("last_ok"),
                         TimeSpec::toIso(qint64(o.value(QStringLiteral("last_ok")).toDouble())));
            shown << o;
        }
        records = shown;
    }
    printRecords(ctx.out, *format, QStringLiteral("sources"), columns, records);
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

int runSet(CliContext& ctx, QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() != 2)
        return ctx.usage(CliContext::tr(
            "usage: opsdeck source set ID [--interval S] [--timeout S] [--enable|--disable] [--url U]"));
    const auto id = sourceId(pos.at(1));
    if (!id)
        return ctx.usage(CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(1)));
    const bool enable = p.isSet(QStringLiteral("enable"));
    const bool disable = p.isSet(QStringLiteral("disable"));
    if (enable && disable)
        return ctx.usage(CliContext::tr("use --enable or --disable, not both"));
    for (const char* other : {"query", "step", "as", "machine", "node", "auth", "secret-name", "user"})
        if (p.isSet(QLatin1String(other)))
            return ctx.usage(CliContext::tr("source set changes --interval, --timeout, --url and "
                                            "--enable/--disable; to change --%1, remove the source and "
                                            "add it again")
                                 .arg(QLatin1String(other)));
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
    for (const auto& [name, field] : {std::pair<QString, int*>{QStringLiteral("interval"), &s.intervalSecs},
                                      std::pair<QString, int*>{QStringLiteral("timeout"), &s.timeoutSecs}}) {
        if (!p.isSet(name))
            continue;
        auto d = TimeSpec::parseDuration(p.value(name));
        if (!d.ok())
            return ctx.fail(Error::usage(QStringLiteral("--%1: %2").arg(name, d.error().message)));
        *field = int(*d);
    }
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

int runStatus(CliContext& ctx, QCommandLineParser& p, const QStringList& pos)
{
    if (pos.size() > 2)
        return ctx.usage(CliContext::tr("usage: opsdeck source status [ID] [--format json|csv|table]"));
    qint64 id = 0;
    if (pos.size() == 2) {
        const auto parsed = sourceId(pos.at(1));
        if (!parsed)
            return ctx.usage(
                CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(1)));
        id = *parsed;
    }
    auto format = parseOutputFormat(p.value(QStringLiteral("format")));
    if (!format.ok())
        return ctx.fail(format.error());
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
    for (const TargetStatus& t : *statuses) {
        QJsonObject o = targetRecord(t);
        if (*format == OutputFormat::Table) // times for people in ISO 8601
            for (const QString& key : {QStringLiteral("last_attempt"), QStringLiteral("last_ok")})
                if (!o.value(key).isNull())
                    o.insert(key, TimeSpec::toIso(qint64(o.value(key).toDouble())));
        records << o;
    }
    printRecords(ctx.out, *format, QStringLiteral("targets"),
                 {QStringLiteral("source_id"), QStringLiteral("machine"), QStringLiteral("state"),
                  QStringLiteral("last_attempt"), QStringLiteral("last_ok"), QStringLiteral("last_error"),
                  QStringLiteral("samples"), QStringLiteral("malformed"), QStringLiteral("failures")},
                 records);
    return 0;
}

int runRemove(CliContext& ctx, const QStringList& pos)
{
    if (pos.size() != 2)
        return ctx.usage(CliContext::tr("usage: opsdeck source remove ID"));
    const auto parsed = sourceId(pos.at(1));
    if (!parsed)
        return ctx.usage(CliContext::tr("'%1' is not a source id; see opsdeck source list").arg(pos.at(1)));
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
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("verb"), CliContext::tr("add, list, set, status or remove"));
    p.addOptions({
        {QStringLiteral("query"), CliContext::tr("backend expression, passed through"),
         QStringLiteral("EXPR")},
        {QStringLiteral("step"), CliContext::tr("backend resolution (e.g. 60s)"), QStringLiteral("S")},
        {QStringLiteral("as"), CliContext::tr("metric key to store the fetched series under"),
         QStringLiteral("KEY")},
        {QStringLiteral("machine"), CliContext::tr("the machine the source belongs to"),
         QStringLiteral("NAME")},
        {QStringLiteral("node"), CliContext::tr("the tree node whose machines it polls"),
         QStringLiteral("PATH")},
        {QStringLiteral("interval"), CliContext::tr("poll interval (default 60s)"), QStringLiteral("S")},
        {QStringLiteral("timeout"), CliContext::tr("request timeout (default 10s, at most the interval)"),
         QStringLiteral("S")},
        {QStringLiteral("auth"), CliContext::tr("basic or bearer"), QStringLiteral("KIND")},
        {QStringLiteral("secret-name"), CliContext::tr("keychain entry holding the password or token"),
         QStringLiteral("N")},
        {QStringLiteral("user"), CliContext::tr("basic auth user name"), QStringLiteral("NAME")},
        {QStringLiteral("url"), CliContext::tr("set: the new URL template"), QStringLiteral("U")},
        {QStringLiteral("enable"), CliContext::tr("set: poll the source")},
        {QStringLiteral("disable"), CliContext::tr("set: stop polling the source (it stays configured)")},
        {QStringLiteral("format"), CliContext::tr("json, csv or table"), QStringLiteral("FORMAT")},
    });
    if (const auto done = ctx.parse(p))
        return *done;
    const QStringList pos = p.positionalArguments(); // args[0], the noun, is the "program"
    const QString verb = pos.value(0);
    if (verb == QLatin1String("add"))
        return runAdd(ctx, p, pos);
    if (verb == QLatin1String("list"))
        return runList(ctx, p);
    if (verb == QLatin1String("set"))
        return runSet(ctx, p, pos);
    if (verb == QLatin1String("status"))
        return runStatus(ctx, p, pos);
    if (verb == QLatin1String("remove"))
        return runRemove(ctx, pos);
    return ctx.usage(
        CliContext::tr("unknown verb '%1' for source: use add, list, set, status or remove").arg(verb));
}

} // namespace

OPSDECK_COMMAND("source",
                QT_TRANSLATE_NOOP("commands", "add, list, change, inspect or remove metric sources"),
                runSource);

} // namespace opsdeck::cli
