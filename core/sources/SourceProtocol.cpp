#include "sources/SourceProtocol.h"

#include "ingest/BackendJson.h"
#include "ingest/NodeExporterMapping.h"
#include "ingest/PrometheusText.h"
#include "sources/UrlTemplate.h"

#include <QCoreApplication>
#include <QUrlQuery>
#include <cmath>

namespace opsdeck::SourceProtocol {

namespace {

// `base` with `endpoint` appended to its path unless it already ends with it.
QUrl withEndpoint(QUrl base, const QString& endpoint)
{
    QString path = base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(endpoint))
        path += endpoint;
    base.setPath(path);
    return base;
}

} // namespace

qint64 lookbackSecs(const Source& source)
{
    return std::max<qint64>(3LL * source.intervalSecs, 10LL * source.stepSecs);
}

QByteArray acceptHeader(SourceKind kind)
{
    if (kind == SourceKind::NodeExporter)
        return QByteArrayLiteral("text/plain;version=0.0.4;q=1,*/*;q=0.1");
    return QByteArrayLiteral("application/json");
}

Result<QUrl> requestUrl(const Source& source, const PollTarget& target, qint64 nowSecs)
{
    auto base = UrlTemplate::resolve(source.url, target);
    if (!base.ok())
        return base.error();
    if (source.kind == SourceKind::NodeExporter)
        return *base;

    const QString query = UrlTemplate::expand(source.query, target);
    const QString until = QString::number(nowSecs);
    const QString from = QString::number(nowSecs - lookbackSecs(source));
    QUrl url;
    QUrlQuery q;
    switch (source.kind) {
    case SourceKind::Graphite:
        url = withEndpoint(*base, QStringLiteral("/render"));
        q.addQueryItem(QStringLiteral("target"), query);
        q.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
        q.addQueryItem(QStringLiteral("from"), from);
        q.addQueryItem(QStringLiteral("until"), until);
        break;
    case SourceKind::Prometheus:
        url = withEndpoint(*base, QStringLiteral("/api/v1/query_range"));
        q.addQueryItem(QStringLiteral("query"), query);
        q.addQueryItem(QStringLiteral("start"), from);
        q.addQueryItem(QStringLiteral("end"), until);
        q.addQueryItem(QStringLiteral("step"), QString::number(source.stepSecs));
        break;
    case SourceKind::OpenTsdb:
        url = withEndpoint(*base, QStringLiteral("/api/query"));
        q.addQueryItem(QStringLiteral("start"), from);
        q.addQueryItem(QStringLiteral("end"), until);
        q.addQueryItem(QStringLiteral("m"), query);
        break;
    case SourceKind::NodeExporter:
    case SourceKind::Ssh:
        break;
    }
    // Every reserved character of the expression is sent percent-encoded, so PromQL's
    // `+`, `{}` and Graphite's `*`, `()` and `,` arrive as written.
    QString encoded;
    for (const auto& [key, value] : q.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(key)) + QLatin1Char('=') +
                   QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

Result<Decoded> decode(const Source& source, const PollTarget& target, const QByteArray& body, qint64 nowSecs,
                       ParseReport* refused)
{
    Decoded out;
    const QString seriesSource = sourceKindSeriesSource(source.kind);
    if (source.kind == SourceKind::NodeExporter) {
        const PromParseResult page = parsePrometheusText(body, nodeExporterNameWanted);
        out.report = page.report;
        if (page.report.accepted == 0 && page.report.malformed > 0) {
            if (refused)
                *refused = page.report;
            return Error::failure(
                QCoreApplication::translate(
                    "SourceProtocol",
                    "the page is not in the Prometheus text format (%1 malformed lines; first: %2)")
                    .arg(page.report.malformed)
                    .arg(page.report.errors.value(0)));
        }
        NodeExporterCoverage coverage;
        out.samples = mapNodeExporter(page, target.machine, seriesSource, nowSecs, {}, &coverage, &out.meta);
        out.series = coverage.series;
        out.mapped = coverage.mapped;
        return out;
    }

    Result<QList<FetchedSeries>> fetched = Error::failure(QString());
    switch (source.kind) {
    case SourceKind::Graphite:
        fetched = parseGraphiteRenderJson(body);
        break;
    case SourceKind::Prometheus:
        fetched = parsePrometheusQueryRange(body);
        break;
    case SourceKind::OpenTsdb:
        fetched = parseOpenTsdbQuery(body);
        break;
    case SourceKind::NodeExporter:
    case SourceKind::Ssh:
        break;
    }
    if (!fetched.ok())
        return fetched.error();
    out.series = int(fetched->size());
    out.mapped = out.series;
    // An unbound backend's series have an empty (never a null) machine name, so they
    // bind as '' in SQL like every other key.
    const QString machine = target.machine.isNull() ? QStringLiteral("") : target.machine;
    for (const FetchedSeries& series : *fetched) {
        QString metric = series.name;
        if (!source.asKey.isEmpty())
            metric = fetched->size() == 1 ? source.asKey : source.asKey + QLatin1Char('.') + series.name;
        for (const SeriesPoint& p : series.points) {
            if (!p.value)
                continue; // a gap stays a gap
            if (!std::isfinite(*p.value)) {
                out.report.addError(
                    0, QCoreApplication::translate("SourceProtocol", "%1 at %2: value is not finite")
                           .arg(series.name)
                           .arg(p.timestamp));
                continue;
            }
            IncomingSample s;
            s.key = SeriesKey{machine, metric, seriesSource};
            s.type = SeriesType::Gauge;
            s.timestamp = p.timestamp;
            s.value = *p.value;
            out.samples << s;
            ++out.report.accepted;
        }
    }
    return out;
}

} // namespace opsdeck::SourceProtocol
