// DESIGN.md's promise, tested the way SQLite tests its own: at most the last second of
// accepted samples is lost in a crash, and nothing committed is. Graphite plaintext lines
// stream over TCP into `opsdeck receive --report-commits` (and, separately, into the
// window's Engine run by opsdeck_crash_engine while its store maintains continually); at
// a random moment after the first commit report the process gets SIGKILL. Then, 30 times
// each: the file opens through Database::open, `PRAGMA integrity_check` says ok, and the
// stored samples are exactly the first M lines sent, M >= the last committed total the
// process reported. OPSDECK_CRASH_SEED=N replays a run (the seed is printed).

#include "CrashTarget.h"
#include "TestSupport.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace opsdeck;

namespace {

constexpr int kRuns = 30;
// `opsdeck receive` commits every 500 ms (at most a second): its kills fall before, during
// and after the next commit. The engine helper commits every 300 samples.
constexpr int kReceiveMaxKillDelayMs = 1100;

// What the database holds of the series the stream wrote, and of the prefill before it.
struct Stored
{
    QList<qint64> streamed; // values (= sequence numbers) at or after the stream's base time
    qint64 older = 0;       // points before it (the engine's prefill)
};

Result<Stored> readBack(const std::shared_ptr<Database>& db, qint64 streamBase)
{
    MetricStore store(db);
    Stored out;
    for (int s = 0; s < test::CrashTarget::kSeries; ++s) {
        MetricQuery q;
        q.metric = QStringLiteral("crash.t%1").arg(s);
        q.source = QStringLiteral("graphite-push");
        q.from = streamBase - 4 * 3600;
        q.to = QDateTime::currentSecsSinceEpoch() + 2 * MetricStore::maxFutureSecs;
        auto data = store.query(q);
        if (!data.ok() && data.error().code == Error::Code::NotFound)
            continue; // nothing committed into this series
        if (!data.ok())
            return data.error();
        for (const SeriesPoint& p : std::as_const(data->points)) {
            if (!p.value)
                continue;
            if (p.timestamp >= streamBase)
                out.streamed << qint64(*p.value);
            else
                ++out.older;
        }
    }
    std::sort(out.streamed.begin(), out.streamed.end());
    return out;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        bool ok = false;
        const quint32 fromEnv = qEnvironmentVariableIntValue("OPSDECK_CRASH_SEED", &ok);
        m_seed = ok ? fromEnv : QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("crash-safety seed %u (OPSDECK_CRASH_SEED=%u replays it)", m_seed, m_seed);
    }

    void receiveKilled()
    {
        for (int run = 0; run < kRuns; ++run) {
            killOnce(run, [](const QString& db, quint16 port) {
                return test::CrashTarget::Command{QStringLiteral(OPSDECK_BINARY),
                                                  {QStringLiteral("--db"), db, QStringLiteral("receive"),
                                                   QStringLiteral("--report-commits"),
                                                   QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:%1").arg(port)},
                                                  false,
                                                  kReceiveMaxKillDelayMs};
            });
            if (QTest::currentTestFailed())
                return;
        }
    }

    void engineKilledWhileMaintaining()
    {
        for (int run = 0; run < kRuns; ++run) {
            killOnce(run, [](const QString& db, quint16 port) {
                return test::CrashTarget::Command{
                    QStringLiteral(OPSDECK_CRASH_ENGINE), {db, QString::number(port)}, true, 500};
            });
            if (QTest::currentTestFailed())
                return;
        }
    }

private:
    void killOnce(int run, const std::function<test::CrashTarget::Command(const QString&, quint16)>& command)
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("opsdeck.sqlite"));
        const quint16 port = test::freeTcpPort();
        QVERIFY(port != 0);
        const test::CrashTarget::Command cmd = command(path, port);
        const int delayMs = int(m_random.bounded(0, cmd.maxKillDelayMs));

        test::CrashTarget target(cmd);
        QVERIFY2(target.start(port), qPrintable(target.diagnostics()));
        // Killed only once a commit was reported (and, for the engine, a maintenance pass
        // ran since the stream began), then at a random moment while lines still stream.
        QTRY_VERIFY2_WITH_TIMEOUT(target.committed() > 0 &&
                                      (!cmd.needsMaintenance || target.maintained() > 0),
                                  qPrintable(target.diagnostics()), 15000);
        QVERIFY2(target.killAfter(delayMs), qPrintable(target.diagnostics()));
        const qint64 reported = target.committed();
        const QString what = QStringLiteral("run %1 (seed %2), killed %3 ms after the first report; "
                                            "%4 lines sent, %5 reported committed, %6 maintenance passes")
                                 .arg(run)
                                 .arg(m_seed)
                                 .arg(delayMs)
                                 .arg(target.sent())
                                 .arg(reported)
                                 .arg(target.maintained());

        auto db = Database::open(path);
        QVERIFY2(db.ok(),
                 qPrintable(what + QStringLiteral(": ") + (db.ok() ? QString() : db.error().message)));
        QSqlDatabase conn = (*db)->connection();
        auto check = Database::exec(conn, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY2(check.ok() && check->next(), qPrintable(what));
        QVERIFY2(check->value(0).toString() == QLatin1String("ok"),
                 qPrintable(what + QStringLiteral(": ") + check->value(0).toString()));

        auto stored = readBack(*db, target.streamBase());
        QVERIFY2(stored.ok(), qPrintable(what + (stored.ok() ? QString() : stored.error().message)));
        const qint64 prefill = cmd.needsMaintenance ? test::CrashTarget::kPrefillPoints : 0;
        QVERIFY2(stored->older == prefill,
                 qPrintable(what + QStringLiteral(": %1 older points").arg(stored->older)));
        // Exactly the first M lines: no hole, no duplicate, nothing invented.
        for (qsizetype i = 0; i < stored->streamed.size(); ++i)
            QVERIFY2(stored->streamed.at(i) == i,
                     qPrintable(
                         what +
                         QStringLiteral(": stored value %1 at rank %2").arg(stored->streamed.at(i)).arg(i)));
        QVERIFY2(stored->streamed.size() + prefill >= reported,
                 qPrintable(what + QStringLiteral(": only %1 stored").arg(stored->streamed.size())));
        QVERIFY2(stored->streamed.size() <= target.sent(), qPrintable(what));
        qInfo("%s: %lld stored", qPrintable(what), qint64(stored->streamed.size() + prefill));
    }

    quint32 m_seed = 0;
    QRandomGenerator m_random;
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crash_safety.moc"
