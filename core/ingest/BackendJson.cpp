#include "ingest/BackendJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace opsdeck {
namespace {

Result<QJsonDocument> parseDocument(const QByteArray& json, const QString& what)
{
    QJsonParseError err;
    QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return Error::failure(QCoreApplication::translate("BackendJson", "%1: not JSON (%2 at byte %3)")
                                  .arg(what, err.errorString())
                                  .arg(err.offset));
    return doc;
}

// A number, or a string holding one ("NaN", "+Inf" as Prometheus writes them).
std::optional<double> numberOf(const QJsonValue& v, bool* ok)
{
    *ok = true;
    if (v.isNull())
        return std::nullopt;
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        const QString s = v.toString();
        if (s.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0)
            return std::nullopt;
        if (s == QLatin1String("+Inf") || s == QLatin1String("Inf"))
            return std::numeric_limits<double>::infinity();
        if (s == QLatin1String("-Inf"))
            return -std::numeric_limits<double>::infinity();
        bool parsed = false;
        const double d = s.toDouble(&parsed);
        if (parsed)
            return d;
    }
    *ok = false;
    return std::nullopt;
}

// A JSON number as epoch seconds (or milliseconds); nullopt if not a number or absurd.
std::optional<qint64> timestampOf(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = std::floor(v.toDouble());
    if (!std::isfinite(d) || d < -1e15 || d > 1e15)
        return std::nullopt;
    return static_cast<qint64>(d);
}

void sortPoints(QList<SeriesPoint>& points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const SeriesPoint& a, const SeriesPoint& b) { return a.timestamp < b.timestamp; });
}

QString escapeLabel(const QString& v)
{
    QString out;
    out.reserve(v.size());
    for (QChar c : v) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

} // namespace

Result<QList<FetchedSeries>> parseGraphiteRenderJson(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("BackendJson", "Graphite render response");
    auto doc = parseDocument(json, what);
    if (!doc.ok())
        return doc.error();
    if (!doc->isArray())
        return Error::failure(
            QCoreApplication::translate("BackendJson", "%1: expected a JSON array of series").arg(what));
    QList<FetchedSeries> out;
    const QJsonArray series = doc->array();
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QJsonObject o = series.at(i).toObject();
        if (!o.value(QLatin1String("target")).isString() || !o.value(QLatin1String("datapoints")).isArray())
            return Error::failure(
                QCoreApplication::translate("BackendJson", "%1: series %2 has no target or datapoints")
                    .arg(what)
                    .arg(i));
        FetchedSeries fs;
        fs.name = o.value(QLatin1String("target")).toString();
        const QJsonArray dps = o.value(QLatin1String("datapoints")).toArray();
        fs.points.reserve(dps.size());
        for (const QJsonValue& dp : dps) {
            const QJsonArray pair = dp.toArray();
            bool ok = false;
            const std::optional<double> v = pair.size() == 2 ? numberOf(pair.at(0), &ok) : std::nullopt;
            const std::optional<qint64> ts = pair.size() == 2 ? timestampOf(pair.at(1)) : std::nullopt;
            if (!ok || !ts)
                return Error::failure(
                    QCoreApplication::translate("BackendJson", "%1: bad datapoint in series %2")
                        .arg(what, fs.name));
            fs.points.append({*ts, v});
        }
        sortPoints(fs.points);
        out.append(std::move(fs));
    }
    return out;
}

Result<QList<FetchedSeries>> parsePrometheusQueryRange(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("BackendJson", "Prometheus query_range response");
    auto doc = parseDocument(json, what);
    if (!doc.ok())
        return doc.error();
    const QJsonObject root = doc->object();
    const QString status = root.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        const QString type = root.value(QLatin1String("errorType")).toString();
        const QString text = root.value(QLatin1String("error")).toString();
        return Error::failure(
            type.isEmpty()
                ? QCoreApplication::translate("BackendJson", "Prometheus: %1").arg(text)
                : QCoreApplication::translate("BackendJson", "Prometheus: %1: %2").arg(type, text));
    }
    if (status != QLatin1String("success"))
        return Error::failure(
            QCoreApplication::translate("BackendJson", "%1: no status \"success\"").arg(what));
    const QJsonObject data = root.value(QLatin1String("data")).toObject();
    const QString resultType = data.value(QLatin1String("resultType")).toString();
    if (resultType != QLatin1String("matrix") && resultType != QLatin1String("vector"))
        return Error::failure(
            QCoreApplication::translate("BackendJson", "%1: result type \"%2\", expected a matrix")
                .arg(what, resultType));
    const bool matrix = resultType == QLatin1String("matrix");
    QList<FetchedSeries> out;
    const QJsonArray result = data.value(QLatin1String("result")).toArray();
    for (const QJsonValue& r : result) {
        const QJsonObject o = r.toObject();
        const QJsonObject metric = o.value(QLatin1String("metric")).toObject();
        FetchedSeries fs;
        QString name = metric.value(QLatin1String("__name__")).toString();
        QStringList keys = metric.keys(); // sorted
        keys.removeAll(QStringLiteral("__name__"));
        if (!keys.isEmpty()) {
            QStringList parts;
            for (const QString& k : keys)
                parts << k + QLatin1String("=\"") + escapeLabel(metric.value(k).toString()) +
                             QLatin1Char('"');
            name += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        fs.name = name.isEmpty() ? QStringLiteral("{}") : name;
        QJsonArray values;
        if (matrix)
            values = o.value(QLatin1String("values")).toArray();
        else
            values.append(o.value(QLatin1String("value")));
        fs.points.reserve(values.size());
        for (const QJsonValue& v : values) {
            const QJsonArray pair = v.toArray();
            bool ok = false;
            const std::optional<double> value =
                pair.size() == 2 && pair.at(1).isString() ? numberOf(pair.at(1), &ok) : std::nullopt;
            const std::optional<qint64> ts = pair.size() == 2 ? timestampOf(pair.at(0)) : std::nullopt;
            if (!ok || !ts)
                return Error::failure(
                    QCoreApplication::translate("BackendJson", "%1: bad sample in series %2")
                        .arg(what, fs.name));
            fs.points.append({*ts, value});
        }
        sortPoints(fs.points);
        out.append(std::move(fs));
    }
    return out;
}

Result<QList<FetchedSeries>> parseOpenTsdbQuery(const QByteArray& json)
{
    const QString what = QCoreApplication::translate("BackendJson", "OpenTSDB query response");
    auto doc = parseDocument(json, what);
    if (!doc.ok())
        return doc.error();
    if (doc->isObject()) {
        const QJsonObject err = doc->object().value(QLatin1String("error")).toObject();
        if (!err.isEmpty()) {
            const int code = err.value(QLatin1String("code")).toInt();
            const QString message = err.value(QLatin1String("message")).toString();
            return Error::failure(
                QCoreApplication::translate("BackendJson", "OpenTSDB: %1 (code %2)").arg(message).arg(code));
        }
        return Error::failure(
            QCoreApplication::translate("BackendJson", "%1: expected a JSON array of series").arg(what));
    }
    QList<FetchedSeries> out;
    const QJsonArray series = doc->array();
    for (qsizetype i = 0; i < series.size(); ++i) {
        const QJsonObject o = series.at(i).toObject();
        const QString metric = o.value(QLatin1String("metric")).toString();
        if (metric.isEmpty())
            return Error::failure(
                QCoreApplication::translate("BackendJson", "%1: series %2 has no metric").arg(what).arg(i));
        FetchedSeries fs;
        const QJsonObject tags = o.value(QLatin1String("tags")).toObject();
        fs.name = metric;
        if (!tags.isEmpty()) {
            QStringList parts;
            const QStringList keys = tags.keys();
            for (const QString& k : keys)
                parts << k + QLatin1Char('=') + tags.value(k).toString();
            fs.name += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
        }
        auto toSecs = [](qint64 ts) {
            return ts > 10'000'000'000LL ? ts / 1000 : ts;
        };
        const QJsonValue dps = o.value(QLatin1String("dps"));
        bool ok = true;
        if (dps.isObject()) {
            const QJsonObject m = dps.toObject();
            fs.points.reserve(m.size());
            for (auto it = m.constBegin(); it != m.constEnd() && ok; ++it) {
                bool tsOk = false;
                const qint64 ts = it.key().toLongLong(&tsOk);
                const std::optional<double> v = numberOf(it.value(), &ok);
                ok = ok && tsOk;
                fs.points.append({toSecs(ts), v && std::isnan(*v) ? std::nullopt : v});
            }
        } else if (dps.isArray()) {
            const QJsonArray a = dps.toArray();
            for (const QJsonValue& p : a) {
                const QJsonArray pair = p.toArray();
                const std::optional<double> v = pair.size() == 2 ? numberOf(pair.at(1), &ok) : std::nullopt;
                const std::optional<qint64> ts = pair.size() == 2 ? timestampOf(pair.at(0)) : std::nullopt;
                ok = ok && ts;
                if (!ok)
                    break;
                fs.points.append({toSecs(*ts), v && std::isnan(*v) ? std::nullopt : v});
            }
        } else {
            ok = false;
        }
        if (!ok)
            return Error::failure(
                QCoreApplication::translate("BackendJson", "%1: bad data points in series %2")
                    .arg(what, fs.name));
        sortPoints(fs.points);
        out.append(std::move(fs));
    }
    return out;
}

} // namespace opsdeck
