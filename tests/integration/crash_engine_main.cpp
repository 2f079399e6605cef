// opsdeck_crash_engine DB PORT: the window's Engine without a display (no collector, no
// polling), its receiver on 127.0.0.1:PORT, its metric store committing every 300 samples
// and maintaining every series on every wake of the store's thread. Built only for tst_crash_safety, which
// kills it with SIGKILL. Before listening it writes an old raw hour of the series the test streams into, so
// the first maintenance passes have rollups to build. Prints on stderr, each line flushed at once:
//   "listening"      the receiver is bound,
//   "committed N"    after each commit returned (N: samples committed so far),
//   "maintained"     after each maintenance pass.
// It runs until killed.

#include "CrashTarget.h"
#include "engine/Engine.h"
#include "ingest/PlaintextReceiver.h"
#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>
#include <mutex>

using namespace opsdeck;

namespace {

std::mutex reportMutex;

void report(const QByteArray& line)
{
    std::lock_guard lock(reportMutex);
    std::fprintf(stderr, "%s\n", line.constData());
    std::fflush(stderr);
}

// An hour of 10 s samples, three hours old, in each series the test streams into.
Status prefill(MetricStore& store)
{
    using test::CrashTarget;
    const qint64 from = QDateTime::currentSecsSinceEpoch() - 3 * 3600;
    SampleBatch batch;
    for (int s = 0; s < CrashTarget::kSeries; ++s) {
        const SeriesKey key{QString(), QStringLiteral("crash.t%1").arg(s), QStringLiteral("graphite-push")};
        for (qint64 t = from; t < from + CrashTarget::kPrefillPerSeries * 10; t += 10)
            batch.append(IncomingSample{key, SeriesType::Gauge, t, double(t % 97)});
    }
    if (Status st = store.append(batch); !st.ok())
        return st;
    return store.flush();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool portOk = false;
    const uint port = args.size() == 3 ? args.at(2).toUInt(&portOk) : 0;
    if (!portOk || port == 0 || port > 65535) {
        std::fprintf(stderr, "usage: opsdeck_crash_engine DB PORT\n");
        return 2;
    }
    Engine::Options options;
    options.startCollector = false;
    options.startPolling = false;
    auto engine = Engine::start(args.at(1), options);
    if (!engine.ok()) {
        report(engine.error().message.toUtf8());
        return 1;
    }
    MetricStore& store = (*engine)->metricStore();
    if (Status st = prefill(store); !st.ok()) {
        report(st.error().message.toUtf8());
        return 1;
    }
    QObject::connect(
        &store, &MetricStore::samplesAppended, &store,
        [&store] { report("committed " + QByteArray::number(store.counts().committed)); },
        Qt::DirectConnection);
    QObject::connect(
        &store, &MetricStore::maintained, &store, [] { report("maintained"); }, Qt::DirectConnection);
    // Commits from the receiver's thread whenever 300 samples are buffered, while the
    // store's thread maintains every series on each wake (~100 ms): many commit points,
    // and writers racing the maintenance transactions.
    store.setMaxBufferedSamples(300);
    store.setMaintenanceSlices(1);
    store.setMaintenanceIntervalMs(1);
    if (Status st = (*engine)->listenReceiver(QHostAddress(QHostAddress::LocalHost), quint16(port));
        !st.ok()) {
        report(st.error().message.toUtf8());
        return 1;
    }
    report("listening");
    return app.exec();
}
