// A change in one console to every other console's view (issue 12 part 3's goal: p99
// under 1 s with 10 consoles attached). Ten Engines in this process on one real
// PostgreSQL (postgres.sh); engine 0 adds N machines, one commit at a time, paced so the
// event loop runs between them; each of the other nine has a MachineTableModel following
// its own ChangeFeed. The latency of one change in one console is from the commit's
// return in engine 0 to the row's rowsInserted in that console's model. Prints p50, p99
// and max beside the 1 s target; fails only when a row never arrives.
//
// Full size by hand:   build/release/tests/bench/bench_changefeed [N [CONSOLES]]   (500, 10)
// Smoke size (ctest):  OPSDECK_BENCH_SMOKE=1 bench_changefeed                      (40, 10)

#include "RealServer.h"
#include "db/ChangeFeed.h"
#include "engine/Engine.h"
#include "inventory/InventoryWriter.h"
#include "inventory/MachineStore.h"
#include "inventory/MachineTableModel.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace opsdeck;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const auto k = std::size_t(std::max(0.0, p / 100.0 * double(v.size()) - 1e-9));
    return v[std::min(k, v.size() - 1)];
}

} // namespace

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const bool smoke = qEnvironmentVariableIntValue("OPSDECK_BENCH_SMOKE") == 1;
    const int changes = argc > 1 ? QByteArray(argv[1]).toInt() : (smoke ? 40 : 500);
    const int consoles = argc > 2 ? QByteArray(argv[2]).toInt() : 10;
    const int paceMs = 10;

    test::RealServer pg(QStringLiteral("postgres.sh"), QStringList{QString::number(test::freeTcpPort())});
    if (pg.skipped()) {
        std::printf("SKIP: %s\n", qPrintable(pg.output()));
        return 0;
    }
    if (!pg.started()) {
        std::fprintf(stderr, "postgres.sh failed: %s\n", qPrintable(pg.output()));
        return 1;
    }
    QTemporaryDir home;
    const QString url = test::preparePostgresClient(pg, home.path());
    qputenv("HOME", home.path().toUtf8());

    Engine::Options options;
    options.startCollector = false;
    options.startPolling = false;
    std::vector<std::unique_ptr<Engine>> engines;
    for (int i = 0; i < consoles; ++i) {
        auto e = Engine::start(url, options);
        if (!e.ok()) {
            std::fprintf(stderr, "engine %d: %s\n", i, qPrintable(e.error().message));
            return 1;
        }
        engines.push_back(std::move(e.value()));
    }

    QElapsedTimer clock;
    clock.start();
    std::vector<qint64> committedNs(changes, -1);
    std::vector<double> latencyMs;
    latencyMs.reserve(std::size_t(changes) * std::size_t(consoles - 1));
    std::vector<std::unique_ptr<MachineTableModel>> models;
    int resets = 0; // after the first load: must stay 0 (rows in place, no reset)
    for (int i = 1; i < consoles; ++i) {
        auto model = std::make_unique<MachineTableModel>(engines[i]->sharedDatabase());
        MachineTableModel* m = model.get();
        QObject::connect(
            m, &QAbstractItemModel::rowsInserted, m, [&, m](const QModelIndex&, int first, int last) {
                for (int r = first; r <= last; ++r) {
                    const QString name = m->index(r, 0).data(MachineTableModel::NameRole).toString();
                    if (!name.startsWith(QLatin1String("bench-")))
                        continue;
                    const int k = name.mid(6).toInt();
                    if (k >= 0 && k < changes && committedNs[k] >= 0)
                        latencyMs.push_back(double(clock.nsecsElapsed() - committedNs[k]) / 1e6);
                }
            });
        m->reload();
        models.push_back(std::move(model));
    }
    // Every model loaded and every feed listening before the first change.
    QElapsedTimer ready;
    ready.start();
    auto allReady = [&] {
        for (const auto& m : models)
            if (!m->hasLoaded())
                return false;
        for (int i = 1; i < consoles; ++i)
            if (!engines[i]->changeFeed()->isLive())
                return false;
        return true;
    };
    while (!allReady() && ready.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!allReady()) {
        std::fprintf(stderr, "the consoles did not load and listen within 30 s\n");
        return 1;
    }
    for (int i = 1; i < consoles; ++i) {
        models[i - 1]->follow(engines[i]->changeFeed());
        QObject::connect(models[i - 1].get(), &QAbstractItemModel::modelReset, [&resets] { ++resets; });
    }

    InventoryWriter writer(engines[0]->sharedDatabase());
    MachineStore store(writer);
    int next = 0;
    QTimer pace;
    pace.setInterval(paceMs);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        if (next >= changes) {
            pace.stop();
            return;
        }
        MachineSpec s;
        s.name = QStringLiteral("bench-%1").arg(next);
        s.address = QStringLiteral("10.9.%1.%2").arg(next / 250).arg(next % 250 + 1);
        if (Status st = store.add(s); !st.ok()) {
            std::fprintf(stderr, "add %s: %s\n", qPrintable(s.name), qPrintable(st.error().message));
            QCoreApplication::exit(1);
            return;
        }
        committedNs[next++] = clock.nsecsElapsed();
    });
    pace.start();
    const qsizetype expected = qsizetype(changes) * (consoles - 1);
    QElapsedTimer run;
    run.start();
    while (qsizetype(latencyMs.size()) < expected && run.elapsed() < changes * paceMs + 60000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);

    const double p50 = percentile(latencyMs, 50);
    const double p99 = percentile(latencyMs, 99);
    const double max = latencyMs.empty() ? -1 : *std::max_element(latencyMs.begin(), latencyMs.end());
    std::printf("bench_changefeed: %d consoles on one PostgreSQL, %d machines added in console 0 "
                "(one commit each, every %d ms), seen in %d other consoles' machine tables\n",
                consoles, changes, paceMs, consoles - 1);
    std::printf("  rows seen: %lld of %lld\n", qlonglong(latencyMs.size()), qlonglong(expected));
    std::printf("  commit -> row in another console: p50 %.1f ms, p99 %.1f ms, max %.1f ms   (target: p99 < "
                "1000 ms)\n",
                p50, p99, max);
    std::printf("  model resets while following: %d\n", resets);
    std::printf("  p99 %s the target\n", p99 >= 0 && p99 < 1000 ? "meets" : "MISSES");
    models.clear();
    engines.clear();
    return qsizetype(latencyMs.size()) == expected ? 0 : 1;
}
