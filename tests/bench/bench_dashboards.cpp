// Benchmark of a dashboard (issue 10, part 4): 24 chart panels, one per machine, each a
// week of one-minute loadavg-1 (10,080 points), read by PanelEvaluator and shown by the
// Dashboards tab (DashboardPage: picked, read off the GUI thread, every chart set and the
// page rendered). Prints the figures (median of 3 runs); asserts nothing about time.

#include "BenchSupport.h"
#include "GuiBenchSupport.h"
#include "TestSupport.h"
#include "charts/MetricChartWidget.h"
#include "dashboards/DashboardListModel.h"
#include "dashboards/DashboardPage.h"
#include "dashboards/DashboardStore.h"
#include "dashboards/PanelEvaluator.h"
#include "dashboards/PanelView.h"
#include "inventory/AsyncLoad.h"
#include "metrics/MetricStore.h"
#include "util/Clock.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace opsdeck;
using bench::median;
using bench::must;

namespace {} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = test::benchSmoke();
    const int charts = 24;
    const qint64 count = smoke ? 1'000 : 10'080;
    std::printf("load average: %s\n", bench::loadAverage().constData());

    test::TempDatabase tdb;
    MetricStore store(tdb.db());
    store.setMaintenanceIntervalMs(0);
    const qint64 end = Clock::system().nowSecs() / 60 * 60;
    Dashboard d;
    d.name = QStringLiteral("bench");
    d.title = QStringLiteral("24 machines");
    d.columns = 4;
    for (int m = 0; m < charts; ++m) {
        const QString machine = QStringLiteral("web%1").arg(m);
        SampleBatch batch;
        for (qint64 i = 0; i < count; ++i)
            batch.append({{machine, QStringLiteral("loadavg-1"), QStringLiteral("local")},
                          SeriesType::Gauge,
                          end - (count - 1 - i) * 60,
                          1.0 + std::sin(double(i + m) / 50.0)});
        must(store.append(batch), "append");
        Panel p;
        p.kind = PanelKind::Chart;
        p.title = machine;
        p.query.machine = machine;
        p.query.metric = QStringLiteral("loadavg-1");
        p.rangeSecs = count * 60;
        p.x = m % 4;
        p.y = m / 4;
        d.panels << p;
    }
    must(store.flush(), "flush");
    must(store.maintain(), "maintenance");
    must(DashboardStore(tdb.db()).save(d, true), "saving the dashboard");

    QList<double> evalWall, evalCpu, pageWall, gridWall, loadWall, points;
    for (int run = 0; run < 3; ++run) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = bench::threadCpuMs();
        auto data = PanelEvaluator(store, tdb.db()).evaluate(d, {});
        must(data.ok() ? Status() : Status(data.error()), "evaluate");
        evalWall << double(t.nsecsElapsed()) / 1e6;
        evalCpu << bench::threadCpuMs() - cpu0;

        DashboardPage page(store, tdb.db());
        page.resize(4 * 400, 6 * 260);
        page.show();
        QSignalSpy listed(page.listModel(), &QAbstractItemModel::rowsInserted);
        if (!listed.wait(30000)) {
            std::fprintf(stderr, "the dashboard list did not load\n");
            return 1;
        }
        QCoreApplication::processEvents();
        QSignalSpy loaded(&page, &DashboardPage::loaded);
        QImage image(page.size(), QImage::Format_ARGB32_Premultiplied);
        t.restart();
        page.showDashboard(d.name);
        gridWall << double(t.nsecsElapsed()) / 1e6;
        if (!loaded.wait(60000)) {
            std::fprintf(stderr, "the dashboard did not load\n");
            return 1;
        }
        loadWall << double(t.nsecsElapsed()) / 1e6;
        image.fill(Qt::white);
        page.render(&image);
        pageWall << double(t.nsecsElapsed()) / 1e6;
        int drawn = 0;
        for (int i = 0; i < page.panelCount(); ++i)
            drawn += page.panelView(i)->chart()->pointCount();
        points << drawn;
        asyncPool()->waitForDone(); // the page's reads end before the store goes
    }
    std::printf(
        "dashboard of %d charts x %lld points: PanelEvaluator %.1f ms wall, %.1f ms CPU; Dashboards tab "
        "first paint (pick -> read off the GUI thread -> drawn) %.1f ms wall (goal < 300 ms), %.0f "
        "points drawn (panels built at %.1f ms, data shown at %.1f ms)\n",
        charts, qlonglong(count), median(evalWall), median(evalCpu), median(pageWall), median(points),
        median(gridWall), median(loadWall));
    return 0;
}
