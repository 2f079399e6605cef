// `opsdeck check add`: a check definition from the command line (core/checks/README.md
// names the params keys each kind takes; CheckParams checks them).

#include "cli/CheckBuild.h"

#include "checks/CheckParams.h"
#include "util/TimeSpec.h"

#include <QHash>
#include <QJsonArray>

namespace opsdeck::cli {
namespace {

const QStringList kCommon{QStringLiteral("name"),     QStringLiteral("node"),
                          QStringLiteral("machine"),  QStringLiteral("importance"),
                          QStringLiteral("interval"), QStringLiteral("failures"),
                          QStringLiteral("passes"),   QStringLiteral("allowed-hosts"),
                          QStringLiteral("format"),   QStringLiteral("abnormal-after")};

// The options of each kind.
const QHash<CheckKind, QStringList>& kindOptions()
{
    static const QHash<CheckKind, QStringList> t{
        {CheckKind::Http,
         {QStringLiteral("url"), QStringLiteral("method"), QStringLiteral("status"),
          QStringLiteral("body-regex"), QStringLiteral("max-time"), QStringLiteral("cert-days"),
          QStringLiteral("no-redirects"), QStringLiteral("user"), QStringLiteral("ca-file"),
          QStringLiteral("insecure")}},
        {CheckKind::Metric,
         {QStringLiteral("metric"), QStringLiteral("series"), QStringLiteral("op"), QStringLiteral("warning"),
          QStringLiteral("critical"), QStringLiteral("over"), QStringLiteral("agg")}},
        {CheckKind::Tcp, {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("timeout")}},
        {CheckKind::Jenkins, {QStringLiteral("url"), QStringLiteral("job")}},
        {CheckKind::Nagios, {QStringLiteral("command"), QStringLiteral("over-ssh")}},
        {CheckKind::Unreachable, {QStringLiteral("stale")}},
    };
    return t;
}

ValueCheck realNumber()
{
    return [](const QString& option, const QString& value) -> Status {
        bool ok = false;
        value.trimmed().toDouble(&ok);
        if (!ok)
            return Error::usage(CliContext::tr("--%1 takes a number, not '%2'").arg(option, value));
        return {};
    };
}

ValueCheck statusList()
{
    return [](const QString& option, const QString& value) -> Status {
        for (const QString& part : value.split(QLatin1Char(','))) {
            bool ok = false;
            const int code = part.trimmed().toInt(&ok);
            if (!ok || code < 100 || code > 599)
                return Error::usage(CliContext::tr("--%1 takes HTTP status codes (100 to 599) separated by "
                                                   "commas, e.g. 200,301; not '%2'")
                                        .arg(option, value));
        }
        return {};
    };
}

QString opt(const char* name)
{
    return QString::fromLatin1(name);
}

// The params of `kind` from its options (values already checked by the verb table).
QJsonObject paramsOf(const QCommandLineParser& p, CheckKind kind)
{
    QJsonObject o;
    const auto text = [&](const char* option, const char* key) {
        if (p.isSet(opt(option)))
            o.insert(opt(key), p.value(opt(option)));
    };
    const auto number = [&](const char* option, const char* key) {
        if (p.isSet(opt(option)))
            o.insert(opt(key), p.value(opt(option)).trimmed().toDouble());
    };
    const auto seconds = [&](const char* option, const char* key, qint64 scale) {
        if (p.isSet(opt(option)))
            o.insert(opt(key), double(TimeSpec::parseDuration(p.value(opt(option))).valueOr(0) * scale));
    };
    switch (kind) {
    case CheckKind::Http: {
        text("url", "url");
        if (p.isSet(opt("method")))
            o.insert(opt("method"), p.value(opt("method")).trimmed().toUpper());
        if (p.isSet(opt("status"))) {
            QJsonArray codes;
            for (const QString& part : p.value(opt("status")).split(QLatin1Char(',')))
                codes.append(part.trimmed().toInt());
            o.insert(opt("status"), codes);
        }
        text("body-regex", "body_regex");
        number("max-time", "max_time_ms");
        number("cert-days", "cert_days");
        if (p.isSet(opt("no-redirects")))
            o.insert(opt("follow_redirects"), false);
        text("user", "user");
        text("ca-file", "ca_file");
        if (p.isSet(opt("insecure")))
            o.insert(opt("insecure"), true);
        break;
    }
    case CheckKind::Metric:
        text("metric", "metric");
        text("series", "series");
        text("op", "op");
        number("warning", "warning");
        number("critical", "critical");
        number("over", "over");
        if (p.isSet(opt("agg")))
            o.insert(opt("agg"), p.value(opt("agg")).trimmed().toLower());
        break;
    case CheckKind::Tcp:
        text("host", "host");
        number("port", "port");
        seconds("timeout", "timeout_ms", 1000);
        break;
    case CheckKind::Jenkins:
        text("url", "url");
        text("job", "job");
        break;
    case CheckKind::Nagios:
        text("command", "command");
        if (p.isSet(opt("over-ssh")))
            o.insert(opt("over_ssh"), true);
        break;
    case CheckKind::Unreachable:
        seconds("stale", "stale_secs", 1);
        break;
    case CheckKind::Lifecycle:
        break;
    }
    return o;
}

} // namespace

QList<OptionSpec> checkAddOptions()
{
    const QStringList importances{QStringLiteral("warning"), QStringLiteral("error"),
                                  QStringLiteral("critical")};
    return {
        {QStringLiteral("name"), CliContext::tr("the check's name (unique)"), QStringLiteral("NAME")},
        {QStringLiteral("node"), CliContext::tr("run on every machine under this tree node, later ones too"),
         QStringLiteral("PATH")},
        {QStringLiteral("machine"), CliContext::tr("run on this machine"), QStringLiteral("NAME")},
        {QStringLiteral("importance"), CliContext::tr("warning, error (default) or critical"),
         QStringLiteral("I"), check::oneOf(importances)},
        {QStringLiteral("interval"), CliContext::tr("how often it runs (default 60s)"), QStringLiteral("S"),
         check::duration()},
        {QStringLiteral("failures"), CliContext::tr("failures in a row before it fails (default 1)"),
         QStringLiteral("N"), check::number(1, 1000)},
        {QStringLiteral("passes"), CliContext::tr("passes in a row before it recovers (default 1)"),
         QStringLiteral("N"), check::number(1, 1000)},
        {QStringLiteral("allowed-hosts"), CliContext::tr("on a node: how many machines may fail (default 0)"),
         QStringLiteral("N"), check::number(0, 100000)},
        {QStringLiteral("abnormal-after"),
         CliContext::tr("failing N runs in a row offers (or, with the setting checks.auto_abnormal, makes) "
                        "the machine's abnormal transition"),
         QStringLiteral("N"), check::number(1, 100000)},
        {QStringLiteral("url"), CliContext::tr("http, jenkins: the URL"), QStringLiteral("URL")},
        {QStringLiteral("method"), CliContext::tr("http: the request method (default GET)"),
         QStringLiteral("M"),
         check::oneOf({QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST"),
                       QStringLiteral("PUT"), QStringLiteral("DELETE"), QStringLiteral("OPTIONS"),
                       QStringLiteral("PATCH")})},
        {QStringLiteral("status"), CliContext::tr("http: accepted status codes (default 200-399)"),
         QStringLiteral("LIST"), statusList()},
        {QStringLiteral("body-regex"), CliContext::tr("http: the body must match this"),
         QStringLiteral("RE")},
        {QStringLiteral("max-time"), CliContext::tr("http: slowest answer that passes, in ms"),
         QStringLiteral("MS"), check::number(1, 3600000)},
        {QStringLiteral("cert-days"), CliContext::tr("http: fail when the TLS certificate expires sooner"),
         QStringLiteral("N"), check::number(0, 36500)},
        {QStringLiteral("no-redirects"), CliContext::tr("http: do not follow redirects")},
        {QStringLiteral("user"), CliContext::tr("http: basic auth user (password from the keychain)"),
         QStringLiteral("U")},
        {QStringLiteral("ca-file"), CliContext::tr("http: trust the CAs in this PEM file too"),
         QStringLiteral("FILE")},
        {QStringLiteral("insecure"),
         CliContext::tr("http: accept any certificate (its expiry is still checked)")},
        {QStringLiteral("metric"), CliContext::tr("metric: the metric key"), QStringLiteral("KEY")},
        {QStringLiteral("series"), CliContext::tr("metric: a series path"), QStringLiteral("PATH")},
        {QStringLiteral("op"), CliContext::tr("metric: the comparator"), QStringLiteral("OP"),
         check::oneOf({QStringLiteral(">"), QStringLiteral(">="), QStringLiteral("<"), QStringLiteral("<="),
                       QStringLiteral("=="), QStringLiteral("!=")})},
        {QStringLiteral("warning"), CliContext::tr("metric: the warning value"), QStringLiteral("V"),
         realNumber()},
        {QStringLiteral("critical"), CliContext::tr("metric: the critical value"), QStringLiteral("V"),
         realNumber()},
        {QStringLiteral("over"), CliContext::tr("metric: the last N points (default 1)"), QStringLiteral("N"),
         check::number(1, 100000)},
        {QStringLiteral("agg"), CliContext::tr("metric: last, avg, min or max of them"), QStringLiteral("A"),
         check::oneOf(
             {QStringLiteral("last"), QStringLiteral("avg"), QStringLiteral("min"), QStringLiteral("max")})},
        {QStringLiteral("host"), CliContext::tr("tcp: the host (default: each machine's address)"),
         QStringLiteral("HOST")},
        {QStringLiteral("port"), CliContext::tr("tcp: the port"), QStringLiteral("PORT"), check::port()},
        {QStringLiteral("timeout"), CliContext::tr("tcp: connect timeout (default 10s)"), QStringLiteral("S"),
         check::duration()},
        {QStringLiteral("job"), CliContext::tr("jenkins: the job's name"), QStringLiteral("JOB")},
        {QStringLiteral("command"), CliContext::tr("nagios: the plugin and its arguments"),
         QStringLiteral("'CMD ARGS'")},
        {QStringLiteral("over-ssh"), CliContext::tr("nagios: run it on each machine over SSH")},
        {QStringLiteral("stale"), CliContext::tr("unreachable: no data for this long (default 5m)"),
         QStringLiteral("S"), check::duration()},
    };
}

QStringList checkAddOptionNames()
{
    QStringList names;
    for (const OptionSpec& o : checkAddOptions())
        names << o.name;
    return names << QStringLiteral("format");
}

Result<CheckDefinition> checkFromOptions(const QCommandLineParser& p, const QString& kindWord)
{
    const auto kind = checkKindFromName(kindWord.trimmed().toLower());
    if (!kind || !kindOptions().contains(*kind))
        return Error::usage(
            CliContext::tr(
                "check add takes a kind: metric, http, tcp, jenkins, nagios or unreachable, not '%1'")
                .arg(kindWord));
    const QStringList mine = kindOptions().value(*kind);
    for (const QString& name : p.optionNames())
        if (!kCommon.contains(name) && !mine.contains(name))
            return Error::usage(CliContext::tr("--%1 is not an option of a %2 check").arg(name, kindWord));
    if (p.isSet(QStringLiteral("node")) && p.isSet(QStringLiteral("machine")))
        return Error::usage(CliContext::tr("give --node PATH or --machine NAME, not both"));
    CheckDefinition d;
    d.kind = *kind;
    d.name = p.value(QStringLiteral("name")).trimmed();
    d.nodePath = nodePathArgument(p.value(QStringLiteral("node")));
    d.machine = p.value(QStringLiteral("machine")).trimmed();
    d.importance = importanceFromName(p.value(QStringLiteral("importance")).trimmed().toLower())
                       .value_or(Importance::Error);
    if (p.isSet(QStringLiteral("interval")))
        d.intervalSecs = int(TimeSpec::parseDuration(p.value(QStringLiteral("interval"))).valueOr(60));
    if (p.isSet(QStringLiteral("failures")))
        d.failuresBefore = p.value(QStringLiteral("failures")).toInt();
    if (p.isSet(QStringLiteral("passes")))
        d.passesBefore = p.value(QStringLiteral("passes")).toInt();
    if (p.isSet(QStringLiteral("allowed-hosts")))
        d.allowedHostFailures = p.value(QStringLiteral("allowed-hosts")).toInt();
    d.params = paramsOf(p, *kind);
    if (p.isSet(QStringLiteral("abnormal-after")))
        d.params.insert(QStringLiteral("abnormal_after"), p.value(QStringLiteral("abnormal-after")).toInt());
    if (Status s = CheckParams::validate(d); !s.ok())
        return s.error();
    return d;
}

} // namespace opsdeck::cli
