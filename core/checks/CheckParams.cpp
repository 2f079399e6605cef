#include "checks/CheckParams.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <cmath>

namespace opsdeck::CheckParams {
namespace {

Error bad(const QString& text, const QString& a = {}, const QString& b = {})
{
    QString m = text;
    if (!a.isNull())
        m = m.arg(a);
    if (!b.isNull())
        m = m.arg(b);
    return Error::usage(m);
}

bool isWhole(const QJsonValue& v, double min, double max)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && v.toDouble() >= min &&
           v.toDouble() <= max;
}

// A whole number key in [min, max] when present.
Status wholeKey(const QJsonObject& p, const QString& key, double min, double max)
{
    if (p.contains(key) && !isWhole(p.value(key), min, max))
        return bad(QCoreApplication::translate("CheckParams", "%1 takes a whole number from %2"), key,
                   QString::number(min));
    return {};
}

Status httpUrl(const QJsonObject& p, const QString& key)
{
    const QUrl url(p.value(key).toString(), QUrl::StrictMode);
    if (!p.value(key).isString() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return bad(QCoreApplication::translate("CheckParams",
                                               "%1 must be an http:// or https:// URL with a host, not '%2'"),
                   key, p.value(key).toVariant().toString());
    return {};
}

Status metric(const QJsonObject& p)
{
    const QString metricKey = p.value(QStringLiteral("metric")).toString();
    const QString series = p.value(QStringLiteral("series")).toString();
    if (metricKey.isEmpty() == series.isEmpty())
        return bad(QCoreApplication::translate("CheckParams",
                                               "a metric check takes one of --metric KEY or --series PATH"));
    static const QStringList ops{QStringLiteral(">"),  QStringLiteral(">="), QStringLiteral("<"),
                                 QStringLiteral("<="), QStringLiteral("=="), QStringLiteral("!=")};
    const QString op = p.value(QStringLiteral("op")).toString();
    if (!ops.contains(op))
        return bad(QCoreApplication::translate("CheckParams", "a metric check's op is one of %1, not '%2'"),
                   ops.join(QStringLiteral(" ")), op);
    const QJsonValue warning = p.value(QStringLiteral("warning"));
    const QJsonValue critical = p.value(QStringLiteral("critical"));
    if (!warning.isDouble() && !critical.isDouble())
        return bad(QCoreApplication::translate(
            "CheckParams", "a metric check needs a --warning or a --critical value (or both)"));
    for (const QJsonValue& v : {warning, critical})
        if (!v.isUndefined() && !v.isDouble())
            return bad(QCoreApplication::translate(
                "CheckParams", "a metric check's warning and critical values are numbers"));
    if (warning.isDouble() && critical.isDouble()) {
        const double w = warning.toDouble(), c = critical.toDouble();
        if ((op.startsWith(QLatin1Char('>')) && w > c) || (op.startsWith(QLatin1Char('<')) && w < c))
            return bad(QCoreApplication::translate(
                           "CheckParams", "with op %1 the warning value must not be past the critical one"),
                       op);
    }
    if (Status s = wholeKey(p, QStringLiteral("over"), 1, 100000); !s.ok())
        return s;
    static const QStringList aggs{QStringLiteral("last"), QStringLiteral("avg"), QStringLiteral("min"),
                                  QStringLiteral("max")};
    if (p.contains(QStringLiteral("agg")) && !aggs.contains(p.value(QStringLiteral("agg")).toString()))
        return bad(
            QCoreApplication::translate("CheckParams", "agg is one of last, avg, min or max, not '%1'"),
            p.value(QStringLiteral("agg")).toVariant().toString());
    return {};
}

Status http(const QJsonObject& p)
{
    if (Status s = httpUrl(p, QStringLiteral("url")); !s.ok())
        return s;
    static const QStringList methods{
        QStringLiteral("GET"),    QStringLiteral("HEAD"),    QStringLiteral("POST"), QStringLiteral("PUT"),
        QStringLiteral("DELETE"), QStringLiteral("OPTIONS"), QStringLiteral("PATCH")};
    if (p.contains(QStringLiteral("method")) &&
        !methods.contains(p.value(QStringLiteral("method")).toString()))
        return bad(QCoreApplication::translate("CheckParams", "method is one of %1, not '%2'"),
                   methods.join(QStringLiteral(" ")),
                   p.value(QStringLiteral("method")).toVariant().toString());
    if (p.contains(QStringLiteral("status"))) {
        const QJsonValue status = p.value(QStringLiteral("status"));
        if (!status.isArray() || status.toArray().isEmpty())
            return bad(QCoreApplication::translate("CheckParams",
                                                   "status takes a list of HTTP status codes, e.g. 200,301"));
        for (const QJsonValue& code : status.toArray())
            if (!isWhole(code, 100, 599))
                return bad(QCoreApplication::translate("CheckParams",
                                                       "'%1' is not an HTTP status code (100 to 599)"),
                           code.toVariant().toString());
    }
    if (p.contains(QStringLiteral("body_regex"))) {
        const QRegularExpression re(p.value(QStringLiteral("body_regex")).toString());
        if (!re.isValid())
            return bad(QCoreApplication::translate("CheckParams",
                                                   "body_regex is not a valid regular expression: %1"),
                       re.errorString());
    }
    if (Status s = wholeKey(p, QStringLiteral("max_time_ms"), 1, 3600000); !s.ok())
        return s;
    if (Status s = wholeKey(p, QStringLiteral("cert_days"), 0, 36500); !s.ok())
        return s;
    if (p.contains(QStringLiteral("follow_redirects")) &&
        !p.value(QStringLiteral("follow_redirects")).isBool())
        return bad(QCoreApplication::translate("CheckParams", "follow_redirects is true or false"));
    if (p.contains(QStringLiteral("user")) && !p.value(QStringLiteral("user")).isString())
        return bad(QCoreApplication::translate("CheckParams", "user is a user name"));
    if (p.contains(QStringLiteral("ca_file")) && (!p.value(QStringLiteral("ca_file")).isString() ||
                                                  p.value(QStringLiteral("ca_file")).toString().isEmpty()))
        return bad(QCoreApplication::translate("CheckParams",
                                               "ca_file is the path of a PEM file of CA certificates"));
    if (p.contains(QStringLiteral("insecure")) && !p.value(QStringLiteral("insecure")).isBool())
        return bad(QCoreApplication::translate("CheckParams", "insecure is true or false"));
    return {};
}

Status tcp(const QJsonObject& p, bool bound)
{
    if (!bound && p.value(QStringLiteral("host")).toString().isEmpty())
        return bad(
            QCoreApplication::translate("CheckParams", "a tcp check bound to no machine needs --host"));
    if (!isWhole(p.value(QStringLiteral("port")), 1, 65535))
        return bad(QCoreApplication::translate("CheckParams", "a tcp check needs --port from 1 to 65535"));
    return wholeKey(p, QStringLiteral("timeout_ms"), 1, 600000);
}

Status jenkins(const QJsonObject& p)
{
    if (Status s = httpUrl(p, QStringLiteral("url")); !s.ok())
        return s;
    if (p.value(QStringLiteral("job")).toString().trimmed().isEmpty())
        return bad(QCoreApplication::translate("CheckParams", "a jenkins check needs --job NAME"));
    return {};
}

Status nagios(const QJsonObject& p, bool bound)
{
    if (p.value(QStringLiteral("command")).toString().trimmed().isEmpty())
        return bad(QCoreApplication::translate("CheckParams", "a nagios check needs --command 'CMD ARGS'"));
    const QJsonValue ssh = p.value(QStringLiteral("over_ssh"));
    if (!ssh.isUndefined() && !ssh.isBool())
        return bad(QCoreApplication::translate("CheckParams", "over_ssh is true or false"));
    if (ssh.toBool() && !bound)
        return bad(QCoreApplication::translate(
            "CheckParams", "a nagios check over SSH runs on machines: give --node PATH or --machine NAME"));
    return {};
}

} // namespace

QStringList commonKeys()
{
    return {QStringLiteral("abnormal_after")};
}

QStringList keysOf(CheckKind kind)
{
    switch (kind) {
    case CheckKind::Metric:
        return {QStringLiteral("metric"),  QStringLiteral("series"),   QStringLiteral("op"),
                QStringLiteral("warning"), QStringLiteral("critical"), QStringLiteral("over"),
                QStringLiteral("agg")};
    case CheckKind::Http:
        return {QStringLiteral("url"),
                QStringLiteral("method"),
                QStringLiteral("status"),
                QStringLiteral("body_regex"),
                QStringLiteral("max_time_ms"),
                QStringLiteral("cert_days"),
                QStringLiteral("follow_redirects"),
                QStringLiteral("user"),
                QStringLiteral("ca_file"),
                QStringLiteral("insecure")};
    case CheckKind::Tcp:
        return {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("timeout_ms")};
    case CheckKind::Jenkins:
        return {QStringLiteral("url"), QStringLiteral("job")};
    case CheckKind::Nagios:
        return {QStringLiteral("command"), QStringLiteral("over_ssh")};
    case CheckKind::Unreachable:
        return {QStringLiteral("stale_secs")};
    case CheckKind::Lifecycle:
        return {};
    }
    return {};
}

Status validateParams(CheckKind kind, const QJsonObject& params, bool bound)
{
    const QStringList keys = keysOf(kind) + commonKeys();
    for (auto it = params.begin(); it != params.end(); ++it)
        if (!keys.contains(it.key()))
            return bad(QCoreApplication::translate("CheckParams", "a %1 check takes no '%2' setting"),
                       checkKindName(kind), it.key());
    // The lifecycle link (LifecycleLink): failing this many intervals offers `abnormal`.
    if (Status s = wholeKey(params, QStringLiteral("abnormal_after"), 1, 100000); !s.ok())
        return s;
    if (params.contains(QStringLiteral("abnormal_after")) && !bound)
        return bad(QCoreApplication::translate(
            "CheckParams", "--abnormal-after moves machines: give --node PATH or --machine NAME"));
    switch (kind) {
    case CheckKind::Metric:
        return metric(params);
    case CheckKind::Http:
        return http(params);
    case CheckKind::Tcp:
        return tcp(params, bound);
    case CheckKind::Jenkins:
        return jenkins(params);
    case CheckKind::Nagios:
        return nagios(params, bound);
    case CheckKind::Unreachable:
        if (!bound)
            return bad(QCoreApplication::translate(
                "CheckParams", "an unreachable check watches machines: give --node PATH or --machine NAME"));
        return wholeKey(params, QStringLiteral("stale_secs"), 1, 31536000);
    case CheckKind::Lifecycle:
        if (!bound)
            return bad(QCoreApplication::translate(
                "CheckParams", "a lifecycle check watches machines: give --node PATH or --machine NAME"));
        return {};
    }
    return {};
}

Status validate(const CheckDefinition& d)
{
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        return bad(QCoreApplication::translate("CheckParams", "a check needs a --name"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    if (digits.match(name).hasMatch())
        return bad(QCoreApplication::translate("CheckParams",
                                               "a check's name cannot be only digits ('%1' reads as an ID)"),
                   name);
    if (!d.nodePath.isEmpty() && !d.machine.isEmpty())
        return bad(QCoreApplication::translate("CheckParams",
                                               "a check is bound to a --node or to a --machine, not both"));
    if (d.intervalSecs < 1 || d.intervalSecs > 86400)
        return bad(QCoreApplication::translate("CheckParams", "a check's interval is from 1 s to 1 d"));
    if (d.failuresBefore < 1 || d.passesBefore < 1)
        return bad(QCoreApplication::translate("CheckParams", "--failures and --passes count from 1"));
    if (d.allowedHostFailures < 0)
        return bad(QCoreApplication::translate("CheckParams", "--allowed-hosts counts from 0"));
    if (d.allowedHostFailures > 0 && d.nodePath.isEmpty())
        return bad(
            QCoreApplication::translate("CheckParams", "--allowed-hosts is for a check bound to a --node"));
    return validateParams(d.kind, d.params, !d.nodePath.isEmpty() || !d.machine.isEmpty());
}

} // namespace opsdeck::CheckParams
