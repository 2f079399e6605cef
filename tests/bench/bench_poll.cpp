// 3,000 node_exporter targets polled once a minute: Opsdeck's CPU seconds per minute of
// polling, then Prometheus's on the same targets, one after the other, in the same run.
//
// The page of a real node_exporter is served on 0.0.0.0 by a static server (or, with
// --direct, node_exporter itself listens on 0.0.0.0 without its request limit) and
// answers on 3,000 loopback addresses 127.0.x.y. CPU is user + system time from /proc/<pid>/stat,
// before and after the measured window. Figures are printed, never asserted.
//
// Then the seeds' own way of running a collector, a job started every minute: one
// `opsdeck metrics poll --once` round as a whole process (start-up, round, exit) on the
// same database after a first round created the series, its CPU from getrusage of the
// reaped child. Prometheus's figure, measured last, is one 60 s round when --interval
// equals --seconds, so the two rows compare one round with one round.
//
//   bench_poll [--targets 3000] [--seconds 60] [--interval 60] [--concurrency 64]
//              [--warmup S (default: one interval)] [--skip-prometheus] [--direct]
//              [--skip-window] [--once-rounds N (default 2; 0: skip)]
//   BENCH_POLL_WRAP="perf record -g -o /tmp/once.data --" runs the measured one-shot
//   round under a profiler (the figure then includes the wrapper's cost).

#include "RealServer.h"
#include "TestSupport.h"
#include "metrics/MetricStore.h"
#include "sources/PollScheduler.h"
#include "sources/SourceRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <cstdio>
#include <memory>
#include <sys/resource.h>
#include <unistd.h>

using namespace opsdeck;

namespace {

// utime + stime of a process, in seconds.
double cpuSeconds(const QString& pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = f.readAll();
    // Fields after the command (which may hold spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state); utime is field 14, stime field 15.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

QString address(int i)
{
    return QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250);
}

struct Args
{
    int targets = 3000;
    int seconds = 60;
    int interval = 60;
    int concurrency = 64;
    bool prometheus = true;
    bool direct = false;
    bool window = true; // the window's steady-state poller
    int onceRounds = 2; // whole-process rounds; the first creates the series and is not counted
    int warmup = -1;    // seconds of polling before the measured window; < 0: one interval
};

Args parseArgs(const QStringList& a)
{
    Args r;
    if (test::benchSmoke()) {
        r.targets = 20;
        r.seconds = 6;
        r.interval = 5;
    }
    for (int i = 1; i < a.size(); ++i) {
        const QString& k = a.at(i);
        const int v = a.value(i + 1).toInt();
        if (k == QLatin1String("--targets"))
            r.targets = v, ++i;
        else if (k == QLatin1String("--seconds"))
            r.seconds = v, ++i;
        else if (k == QLatin1String("--interval"))
            r.interval = v, ++i;
        else if (k == QLatin1String("--concurrency"))
            r.concurrency = v, ++i;
        else if (k == QLatin1String("--skip-prometheus"))
            r.prometheus = false;
        else if (k == QLatin1String("--direct"))
            r.direct = true;
        else if (k == QLatin1String("--warmup"))
            r.warmup = v, ++i;
        else if (k == QLatin1String("--skip-window"))
            r.window = false;
        else if (k == QLatin1String("--once-rounds"))
            r.onceRounds = v, ++i;
    }
    if (r.warmup < 0)
        r.warmup = r.interval;
    return r;
}

void report(const char* who, double cpu, const Args& a, const QString& extra)
{
    const double perMinute = cpu * 60.0 / a.seconds;
    std::printf("%-10s %8.3f CPU s in %d s for %d targets every %d s = %7.3f CPU s/min = %5.2f %% of one core"
                "  (%s)\n",
                who, cpu, a.seconds, a.targets, a.interval, perMinute, perMinute / 60.0 * 100.0,
                qPrintable(extra));
    std::fflush(stdout);
}

void waitSeconds(int seconds)
{
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
}

// CPU seconds (user + system) of the reaped children of this process so far.
double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct OnceRound
{
    bool started = false;
    int exitCode = -1;
    int ok = 0;
    int failed = 0;
    double cpu = 0;
    qint64 wallMs = 0;
    QString error;
};

// Runs `opsdeck --db PATH metrics poll --once --format json` to its end, as cron would,
// optionally under $BENCH_POLL_WRAP, and counts its polls.
OnceRound runOnceRound(const QString& dbPath, int concurrency, bool wrapped)
{
    QStringList command = qEnvironmentVariable("BENCH_POLL_WRAP").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!wrapped)
        command.clear();
    command << QStringLiteral(OPSDECK_BINARY) << QStringLiteral("--db") << dbPath << QStringLiteral("metrics")
            << QStringLiteral("poll") << QStringLiteral("--once") << QStringLiteral("--concurrency")
            << QString::number(concurrency) << QStringLiteral("--format") << QStringLiteral("json");
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    p.setProcessEnvironment(env);
    OnceRound r;
    const double before = childCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    p.start(command.takeFirst(), command);
    if (!p.waitForStarted(10000)) {
        r.error = p.errorString();
        return r;
    }
    p.closeWriteChannel();
    // The output (one record per target) is read as it comes so the pipe never fills.
    QByteArray out;
    while (!p.waitForFinished(100))
        out += p.readAllStandardOutput();
    out += p.readAllStandardOutput();
    r.wallMs = wall.elapsed();
    r.cpu = childCpuSeconds() - before;
    r.started = true;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    const QJsonArray polls = QJsonDocument::fromJson(out).object().value(QStringLiteral("polls")).toArray();
    for (const QJsonValue& v : polls) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("ok")).toBool())
            ++r.ok;
        else if (++r.failed == 1)
            r.error = QStringLiteral("first error: ") + o.value(QStringLiteral("error")).toString();
    }
    if (polls.isEmpty())
        r.error = QString::fromUtf8(p.readAllStandardError().left(300));
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const Args a = parseArgs(app.arguments());

    // A real node_exporter's page, captured now and served to every address by a static
    // server (node_exporter itself costs ~8 ms of CPU per scrape, which on a shared
    // machine throttles both pollers); --direct polls node_exporter itself instead.
    const quint16 exporterPort = test::freeTcpPort();
    test::RealServer exporter(QStringLiteral("node_exporter.sh"),
                              {QString::number(exporterPort),
                               a.direct ? QStringLiteral("0.0.0.0") : QStringLiteral("127.0.0.1"),
                               QStringLiteral("0")});
    if (exporter.skipped()) {
        std::printf("SKIP: %s\n", qPrintable(exporter.output()));
        return 0;
    }
    if (!exporter.started()) {
        std::fprintf(stderr, "node_exporter did not start: %s\n", qPrintable(exporter.output()));
        return 1;
    }
    quint16 port = exporterPort;
    std::unique_ptr<test::RealServer> page;
    if (!a.direct) {
        const QString file = exporter.dir() + QStringLiteral("/captured.txt");
        QFile captured(file);
        const QByteArray body =
            test::httpGet(QStringLiteral("http://127.0.0.1:%1/metrics").arg(exporterPort));
        if (body.isEmpty() || !captured.open(QIODevice::WriteOnly) || captured.write(body) != body.size())
            return 1;
        captured.close();
        port = test::freeTcpPort();
        page = std::make_unique<test::RealServer>(
            QStringLiteral("static_page.sh"),
            QStringList{QString::number(port), file, QStringLiteral("0.0.0.0")});
        if (!page->started()) {
            std::fprintf(stderr, "static page server did not start: %s\n", qPrintable(page->output()));
            return 1;
        }
        std::printf("serving a captured node_exporter page of %lld bytes on 0.0.0.0:%d\n",
                    qlonglong(body.size()), int(port));
    }

    // --- One database for both of Opsdeck's forms ----------------------------------------
    test::TempDatabase db;
    {
        Status st = db->transaction([&](QSqlDatabase& c) -> Status {
            auto q =
                Database::exec(c, QStringLiteral("INSERT INTO pools (name, created_at) VALUES ('bench', 0)"));
            if (!q.ok())
                return q.error();
            auto n = Database::exec(c, QStringLiteral("INSERT INTO tree_nodes (name, kind, path, created_at) "
                                                      "VALUES ('bench', 'folder', 'bench', 0)"));
            if (!n.ok())
                return n.error();
            for (int i = 0; i < a.targets; ++i) {
                auto m =
                    Database::exec(c,
                                   QStringLiteral("INSERT INTO machines (name, address, pool_id, created_at) "
                                                  "VALUES (?, ?, (SELECT id FROM pools), 0)"),
                                   {QStringLiteral("host%1").arg(i), address(i)});
                if (!m.ok())
                    return m.error();
                auto b = Database::exec(
                    c,
                    QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at) "
                                   "VALUES ((SELECT id FROM tree_nodes), ?, 0)"),
                    {m->lastInsertId()});
                if (!b.ok())
                    return b.error();
            }
            return {};
        });
        if (!st.ok()) {
            std::fprintf(stderr, "setup: %s\n", qPrintable(st.error().message));
            return 1;
        }
        Source s;
        s.kind = SourceKind::NodeExporter;
        s.url = QStringLiteral("http://{address}:%1/metrics").arg(port);
        s.nodePath = QStringLiteral("bench");
        s.intervalSecs = a.interval;
        s.timeoutSecs = std::min(10, a.interval);
        auto id = SourceRepository(db.db()).add(s, 0);
        if (!id.ok()) {
            std::fprintf(stderr, "source add: %s\n", qPrintable(id.error().message));
            return 1;
        }
    }

    // --- Opsdeck, the window's steady-state poller -----------------------------------------
    if (a.window) {
        MetricStore store(db.db());
        PollScheduler::Options o;
        o.concurrency = a.concurrency;
        PollScheduler scheduler(
            db.db(), [&store](const SampleBatch& b) { return store.append(b); }, Clock::system(), o);
        int ok = 0, failed = 0;
        qint64 samples = 0;
        QString firstError;
        QObject::connect(&scheduler, &PollScheduler::polled, &app, [&](const PollOutcome& out) {
            if (out.ok) {
                ++ok;
                samples += out.samples;
            } else {
                ++failed;
                if (firstError.isEmpty())
                    firstError = out.error;
            }
        });
        const QString self = QString::number(QCoreApplication::applicationPid());
        // The first round opens a connection to every target; the measured window is
        // the steady state after it (both pollers keep connections alive).
        scheduler.start();
        waitSeconds(a.warmup);
        ok = failed = 0;
        samples = 0;
        const double before = cpuSeconds(self);
        waitSeconds(a.seconds);
        // Where Opsdeck's CPU went, per thread (the poller thread, Qt's network thread,
        // the metric store's writer, the main thread).
        QStringList perThread;
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString& tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
            if (!comm.open(QIODevice::ReadOnly))
                continue;
            const double c = cpuSeconds(QStringLiteral("self/task/") + tid);
            if (c >= 0.01)
                perThread << QStringLiteral("%1 %2 s")
                                 .arg(QString::fromUtf8(comm.readAll().trimmed()))
                                 .arg(c, 0, 'f', 2);
        }
        scheduler.stop();
        (void)store.flush();
        const double cpu = cpuSeconds(self) - before;
        report("opsdeck", cpu, a,
               QStringLiteral(
                   "%1 polls ok, %2 failed, %3 samples stored, %4 ms CPU per poll; threads since start: %6%5")
                   .arg(ok)
                   .arg(failed)
                   .arg(samples)
                   .arg(ok + failed > 0 ? cpu * 1000.0 / (ok + failed) : 0.0, 0, 'f', 3)
                   .arg(firstError.isEmpty() ? QString() : QStringLiteral("; first error: ") + firstError)
                   .arg(perThread.join(QStringLiteral(", "))));
    }

    // --- Opsdeck, one `metrics poll --once` round as a whole process ------------------------
    for (int round = 0; round < a.onceRounds; ++round) {
        const bool measured = round == a.onceRounds - 1;
        const OnceRound r = runOnceRound(db.path(), a.concurrency, measured);
        if (!r.started) {
            std::fprintf(stderr, "opsdeck metrics poll --once did not run: %s\n", qPrintable(r.error));
            return 1;
        }
        if (!measured)
            continue;
        std::printf("%-10s %8.3f CPU s for one round of %d targets as a whole process, %.1f s wall"
                    "  (%d polls ok, %d failed, exit %d%s)\n",
                    "once", r.cpu, a.targets, r.wallMs / 1000.0, r.ok, r.failed, r.exitCode,
                    qPrintable(r.error.isEmpty() ? QString() : QStringLiteral("; ") + r.error));
        std::fflush(stdout);
    }

    // --- Prometheus on the same targets ---------------------------------------------------
    if (!a.prometheus)
        return 0;
    QTemporaryDir dir;
    QFile targets(dir.filePath(QStringLiteral("targets.txt")));
    if (!targets.open(QIODevice::WriteOnly))
        return 1;
    for (int i = 0; i < a.targets; ++i)
        targets.write(QStringLiteral("%1:%2\n").arg(address(i)).arg(port).toUtf8());
    targets.close();
    const quint16 promPort = test::freeTcpPort();
    test::RealServer prometheus(QStringLiteral("prometheus.sh"),
                                {QString::number(promPort), QStringLiteral("%1s").arg(a.interval),
                                 QStringLiteral("@") + targets.fileName()});
    if (!prometheus.started()) {
        std::printf("prometheus: not measured (%s)\n", qPrintable(prometheus.output()));
        return prometheus.skipped() ? 0 : 1;
    }
    QFile pidFile(prometheus.dir() + QStringLiteral("/prometheus.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return 1;
    const QString pid = QString::fromLatin1(pidFile.readAll().trimmed());
    waitSeconds(5 + a.warmup); // past start-up (TSDB open, first discovery) and its first round
    const double before = cpuSeconds(pid);
    waitSeconds(a.seconds);
    const double cpu = cpuSeconds(pid) - before;
    auto scalar = [&](const QString& promql) {
        const QByteArray body = test::httpGet(QStringLiteral("http://127.0.0.1:%1/api/v1/query?query=%2")
                                                  .arg(promPort)
                                                  .arg(QString::fromLatin1(QUrl::toPercentEncoding(promql))));
        return QJsonDocument::fromJson(body)
            .object()
            .value(QStringLiteral("data"))
            .toObject()
            .value(QStringLiteral("result"))
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("value"))
            .toArray()
            .last()
            .toString();
    };
    report("prometheus", cpu, a,
           QStringLiteral("targets up %1, scrapes in the window %2")
               .arg(scalar(QStringLiteral("sum(up)")),
                    scalar(QStringLiteral("sum(count_over_time(up[%1s]))").arg(a.seconds))));
    return 0;
}
