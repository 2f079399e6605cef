// Fuzz target: a dashboard's JSON (core/dashboards/DashboardJson), which users write by
// hand and import, and the same bytes as a Grafana dashboard (GrafanaImporter).
//
// 1. Parsing either fails with a usage error whose message starts with a JSON path
//    (`$`, `name`, `panels[3].query.metric`, an unknown field's own name) and ": ", or
//    gives a dashboard that
//    validates, serialises and reads back equal (and serialises the same again).
// 2. A Grafana import either fails with a `$: ` message, or every panel it took makes a
//    dashboard that validates, and every panel it saw was either taken or skipped.

#include "dashboards/DashboardJson.h"
#include "dashboards/GrafanaImporter.h"
#include "sources/SourceRepository.h"

#include <QRegularExpression>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void checkDashboard(const QByteArray& bytes)
{
    static const QRegularExpression path(
        QStringLiteral("^(\\$|[A-Za-z0-9_]+(\\[\\d+\\])*(\\.[A-Za-z0-9_]+(\\[\\d+\\])*)*): "));
    const auto d = DashboardJson::parse(bytes);
    if (!d.ok()) {
        check(d.error().code == Error::Code::Usage);
        // An unknown field's path ends in its own name, which may be any text.
        check(path.match(d.error().message).hasMatch() ||
              d.error().message.endsWith(QLatin1String(": unknown field")));
        return;
    }
    check(DashboardJson::validate(*d).ok());
    const QByteArray text = DashboardJson::serialize(*d);
    const auto back = DashboardJson::parse(text);
    check(back.ok());
    check(*back == *d);
    check(DashboardJson::serialize(*back) == text);
}

void checkGrafana(const QByteArray& bytes)
{
    GrafanaImporter::Options options;
    Source prometheus;
    prometheus.id = 1;
    prometheus.kind = SourceKind::Prometheus;
    prometheus.url = QStringLiteral("http://prom.example:9090");
    Source graphite;
    graphite.id = 2;
    graphite.kind = SourceKind::Graphite;
    graphite.url = QStringLiteral("http://graphite.example");
    options.sources = {prometheus, graphite};
    const auto o = GrafanaImporter::import(bytes, options);
    if (!o.ok()) {
        check(o.error().message.startsWith(QLatin1String("$: ")));
        return;
    }
    check(o->dashboard.panels.size() >= o->taken.size());
    // A panel reads an existing source or one the import adds; an added one is a valid
    // source polling the query under the key the panel reads.
    for (const auto& t : o->taken) {
        check(t.added < o->added.size());
        check((t.added >= 0) == (t.sourceId == 0));
        if (t.added >= 0)
            check(o->added.at(t.added).source.asKey == t.series);
    }
    for (const auto& a : o->added)
        check(!a.source.asKey.isEmpty() && SourceRepository::validate(a.source).ok());
    if (o->dashboard.panels.size() <= DashboardJson::maxPanels)
        check(DashboardJson::validate(o->dashboard).ok());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkDashboard(bytes);
    checkGrafana(bytes);
    return 0;
}
