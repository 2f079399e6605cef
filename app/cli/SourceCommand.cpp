// `opsdeck source add|list|set|status|remove`: the metric sources Opsdeck polls.

#include "sources/BlockingKeychain.h"
#include "cli/CliCredentials.h"
#include "cli/VerbTable.h"
#include "sources/SourceRepository.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>

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
                       {QStringLiteral("malformed"), double(malformed)},
                       {QStringLiteral("version"), double(s.stamp.version)}};
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
    // KIND is the first word or --kind; an ssh source has no URL.
    QStringList args = pos;
    if (p.isSet(QStringLiteral("kind")))
        args.prepend(p.value(QStringLiteral("kind")));
    if (args.isEmpty())
        return ctx.usage(CliContext::tr("source add takes KIND and URL (ssh: no URL)"));
    Source s;
    const auto kind = sourceKindFromName(args.at(0));
    if (!kind)
        return ctx.usage(CliContext::tr("unknown source kind '%1': use node-exporter, graphite, prometheus, "
                                        "opentsdb or ssh")
                             .arg(args.at(0)));
    s.kind = *kind;
    if (s.kind == SourceKind::Ssh ? args.size() != 1 : args.size() != 2)
        return ctx.usage(
            s.kind == SourceKind::Ssh
                ? CliContext::tr("an ssh source takes no URL: give --command CMD (default: read /proc)")
                : CliContext::tr("source add takes KIND and URL"));
    if (s.kind != SourceKind::Ssh)
        s.url = args.at(1);
    if (p.isSet(QStringLiteral("command")) && s.kind != SourceKind::Ssh)
        return ctx.usage(CliContext::tr("--command is for ssh sources"));
    if (s.kind == SourceKind::Ssh && p.isSet(QStringLiteral("query")))
        return ctx.usage(CliContext::tr("--query is for graphite, prometheus and opentsdb sources"));
    s.query =
        s.kind == SourceKind::Ssh ? p.value(QStringLiteral("command")) : p.value(QStringLiteral("query"));
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

// The binding and authentication options of `source set`, checked before the database
// opens: a usage message, or empty when they go together.
QString setOptionsProblem(const QCommandLineParser& p)
{
    const auto has = [&p](const char* name) {
        return p.isSet(QString::fromLatin1(name));
    };
    if (has("machine") && has("node"))
        return CliContext::tr("use --machine or --node, not both");
    if (has("machine") && p.value(QStringLiteral("machine")).trimmed().isEmpty())
        return CliContext::tr("--machine needs a machine name");
    if (has("node") && p.value(QStringLiteral("node")).trimmed().isEmpty())
        return CliContext::tr("--node needs a node path");
    if (!has("auth") && (has("user") || has("secret-name")))
        return CliContext::tr("--user and --secret-name go with --auth basic|bearer");
    const QString auth = p.value(QStringLiteral("auth")).toLower();
    if (auth == QLatin1String("none") && (has("user") || has("secret-name")))
        return CliContext::tr("--auth none takes neither --user nor --secret-name");
    if ((auth == QLatin1String("basic") || auth == QLatin1String("bearer")) && !has("secret-name"))
        return CliContext::tr("--auth %1 needs --secret-name N (the keychain entry holding the secret)")
            .arg(auth);
    if (auth == QLatin1String("bearer") && has("user"))
        return CliContext::tr("--user is for --auth basic");
    if (has("secret-stdin") && !has("secret-name"))
        return CliContext::tr("--secret-stdin goes with --auth basic|bearer --secret-name N");
    return {};
}

// Applies the binding and authentication options to `s`.
void applyBindingAndAuth(const QCommandLineParser& p, Source& s)
{
    if (p.isSet(QStringLiteral("machine"))) {
        s.machine = p.value(QStringLiteral("machine")).trimmed();
        s.nodePath.clear();
    }
    if (p.isSet(QStringLiteral("node"))) {
        s.nodePath = nodePathArgument(p.value(QStringLiteral("node")));
        s.machine.clear();
    }
    if (p.isSet(QStringLiteral("auth"))) {
        s.auth = authKindFromName(p.value(QStringLiteral("auth")).toLower()).value_or(AuthKind::None);
        s.secretName = s.auth == AuthKind::None ? QString() : p.value(QStringLiteral("secret-name"));
        s.authUser = s.auth == AuthKind::Basic ? p.value(QStringLiteral("user")) : QString();
    }
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
    const QStringList changes{QStringLiteral("interval"), QStringLiteral("timeout"), QStringLiteral("url"),
                              QStringLiteral("machine"),  QStringLiteral("node"),    QStringLiteral("auth")};
    if (!enable && !disable &&
        std::none_of(changes.begin(), changes.end(), [&p](const QString& o) { return p.isSet(o); }))
        return ctx.usage(CliContext::tr("nothing to change: give --interval, --timeout, --url, --machine, "
                                        "--node, --auth, --enable or --disable"));
    if (const QString problem = setOptionsProblem(p); !problem.isEmpty())
        return ctx.usage(problem);
    std::optional<QString> secret;
    if (p.isSet(QStringLiteral("secret-stdin"))) {
        auto read = CliCredentials::readStdinLine(QStringLiteral("--secret-stdin"));
        if (!read.ok())
            return read.error().code == Error::Code::Usage ? ctx.usage(read.error().message)
                                                           : ctx.fail(read.error());
        secret = *read;
    }

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
    applyBindingAndAuth(p, s);
    if (auto st = SourceRepository::validate(s); !st.ok())
        return ctx.fail(st.error());
    if (secret) {
        // The secret goes to the keychain only, and first: if the keychain refuses,
        // the source stays as it was.
        const QString entry = s.secretName;
        if (Status st = BlockingKeychain::write(entry, *secret); !st.ok())
            return ctx.fail(st.error());
    }
    // Built on the version read above (or the caller's --expect-version): another
    // console's write in between is refused (exit 3), not overwritten.
    if (auto st = repo.update(s, expectedVersionOf(p).value_or(source->stamp.version)); !st.ok())
        return ctx.fail(st.error());
    auto now = repo.get(*id);
    ctx.out << CliContext::tr("changed source %1 (now version %2)")
                   .arg(*id)
                   .arg(now.ok() ? now->stamp.version : source->stamp.version)
            << Qt::endl;
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
                       {QStringLiteral("failures"), t.consecutiveFailures},
                       {QStringLiteral("series"), t.lastSeries},
                       {QStringLiteral("mapped"), t.lastMapped},
                       {QStringLiteral("malformed_lines"), malformedLinesToJson(t.malformedLines)}};
}

// Table and text: each target's kept malformed lines under the table, one a line.
void printMalformedLines(QTextStream& out, const QList<TargetStatus>& statuses)
{
    for (const TargetStatus& t : statuses) {
        if (t.malformedLines.isEmpty())
            continue;
        out << CliContext::tr("last malformed lines of source %1%2:")
                   .arg(t.sourceId)
                   .arg(t.machine.isEmpty() ? QString() : QStringLiteral(" ") + t.machine)
            << '\n';
        for (const MalformedLine& m : t.malformedLines)
            out << CliContext::tr("  line %1: %2: %3").arg(m.line).arg(m.reason, m.text) << '\n';
    }
    out.flush();
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
                                   {QStringLiteral("failures"), 0},
                                   {QStringLiteral("series"), 0},
                                   {QStringLiteral("mapped"), 0},
                                   {QStringLiteral("malformed_lines"), QJsonArray()}};
    }
    printRecords(ctx.out, format, QStringLiteral("targets"),
                 {QStringLiteral("source_id"), QStringLiteral("machine"), QStringLiteral("state"),
                  QStringLiteral("last_attempt"), QStringLiteral("last_ok"), QStringLiteral("last_error"),
                  QStringLiteral("samples"), QStringLiteral("malformed"), QStringLiteral("failures"),
                  QStringLiteral("series"), QStringLiteral("mapped")},
                 records, {}, {QStringLiteral("last_attempt"), QStringLiteral("last_ok")});
    if (format == OutputFormat::Table || format == OutputFormat::Text)
        printMalformedLines(ctx.out, *statuses);
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
    auto released = SourceRepository(*db).removeReleasingSecret(id);
    if (!released.ok())
        return ctx.fail(released.error());
    ctx.out << CliContext::tr("removed source %1").arg(id) << Qt::endl;
    if (released->isEmpty())
        return 0;
    // The last source naming this keychain entry is gone: delete the secret too.
    const QString entry = *released;
    const Status deleted = BlockingKeychain::remove(entry);
    if (!deleted.ok())
        return ctx.fail(Error::failure(
            CliContext::tr(
                "source %1 is removed, but its secret '%2' is still in the keychain: %3; delete the "
                "entry (service \"opsdeck\", key '%2') by hand")
                .arg(id)
                .arg(*released, deleted.error().message)));
    ctx.out << CliContext::tr("deleted the keychain entry '%1' (no source uses it any more)").arg(*released)
            << Qt::endl;
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
        .option({QStringLiteral("kind"), CliContext::tr("add: the kind, instead of the first word"),
                 QStringLiteral("KIND")})
        .option(
            {QStringLiteral("command"),
             CliContext::tr("ssh: the command run on the host, printing Kurado lines (default: read /proc "
                            "like the local collector)"),
             QStringLiteral("CMD")})
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
        .option({QStringLiteral("auth"), CliContext::tr("basic or bearer (set: also none)"),
                 QStringLiteral("KIND"),
                 check::oneOf({QStringLiteral("none"), QStringLiteral("basic"), QStringLiteral("bearer")})})
        .option({QStringLiteral("secret-name"),
                 CliContext::tr("keychain entry holding the password or token"), QStringLiteral("N")})
        .option({QStringLiteral("user"), CliContext::tr("basic auth user name"), QStringLiteral("NAME")})
        .option({QStringLiteral("secret-stdin"),
                 CliContext::tr("set: read the password or token from stdin into the keychain entry")})
        .option({QStringLiteral("url"), CliContext::tr("set: the new URL template"), QStringLiteral("U")})
        .option({QStringLiteral("enable"), CliContext::tr("set: poll the source")})
        .option(
            {QStringLiteral("disable"), CliContext::tr("set: stop polling the source (it stays configured)")})
        .option(expectVersionOption(CliContext::tr("the source (set)")))
        .option(formatOption())
        .verb({QStringLiteral("add"),
               QStringLiteral(
                   "node-exporter|graphite|prometheus|opentsdb URL [--query EXPR] [--step S] [--as KEY] "
                   "(--machine NAME | --node PATH) [--interval S] [--timeout S] [--auth basic|bearer "
                   "--secret-name N [--user U]] [--format F] | ssh (or --kind ssh) (--machine NAME | --node "
                   "PATH) [--command CMD] [--interval S] [--timeout S]"),
               {QStringLiteral("kind"), QStringLiteral("command"), QStringLiteral("query"),
                QStringLiteral("step"), QStringLiteral("as"), QStringLiteral("machine"),
                QStringLiteral("node"), interval, timeout, QStringLiteral("auth"),
                QStringLiteral("secret-name"), QStringLiteral("user"), fmt},
               runAdd})
        .verb({QStringLiteral("list"), QStringLiteral("[--format F]"), {fmt}, runList})
        .verb({QStringLiteral("set"),
               QStringLiteral(
                   "ID [--interval S] [--timeout S] [--enable|--disable] [--url U] [--machine NAME | "
                   "--node PATH] [--auth none | --auth basic|bearer --secret-name N [--user U]] (to "
                   "change the kind or query, remove the source and add it again)"),
               {interval, timeout, QStringLiteral("url"), QStringLiteral("enable"), QStringLiteral("disable"),
                QStringLiteral("machine"), QStringLiteral("node"), QStringLiteral("auth"),
                QStringLiteral("secret-name"), QStringLiteral("user"), QStringLiteral("secret-stdin"),
                QStringLiteral("expect-version")},
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
