// 2,000 HTTP checks at a 60 s interval against a local server (issue 11's benchmark),
// each on its own loopback address 127.0.x.y so no two share a connection, against
// Debian's check_http run once per check as Nagios does (a process per check), in the
// same run. Figures are printed, never asserted. Two Opsdeck figures:
//   checker  the whole checker as the window runs it: a CheckService (its thread, the
//            CheckScheduler, one probe per check and target, the state and alert
//            history in a SQLite database, each result's series in the metrics cache)
//            over 2,000 checks stored with CheckStore. This is the figure.
//   probes   HttpProbe runs alone (one shared CurlMulti), spread evenly over the
//            interval: what the HTTP part costs.
//
// The server is static_page.sh on 0.0.0.0 (asyncio, keep-alive). Opsdeck's CPU is
// getrusage(RUSAGE_SELF) (every thread) over one interval after a warm-up interval;
// check_http's is getrusage(RUSAGE_CHILDREN) over --compare sequential runs, scaled to
// the same number of checks a minute.
//
//   bench_http_checks [--checks 2000] [--seconds 60] [--compare 200]

#include "RealServer.h"
#include "TestSupport.h"
#include "checks/CheckService.h"
#include "checks/CheckStore.h"
#include "checks/CurlMulti.h"
#include "checks/HttpProbe.h"
#include "db/Database.h"
#include "metrics/MetricStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <cstdio>
#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace opsdeck;

namespace {

struct Args
{
    int checks = 2000;
    int seconds = 60;
    int compare = 200;
};

Args parse(const QStringList& a)
{
    Args r;
    for (int i = 1; i + 1 < a.size(); i += 2) {
        const int v = a.at(i + 1).toInt();
        if (a.at(i) == QLatin1String("--checks"))
            r.checks = v;
        else if (a.at(i) == QLatin1String("--seconds"))
            r.seconds = v;
        else if (a.at(i) == QLatin1String("--compare"))
            r.compare = v;
    }
    return r;
}

double seconds(const timeval& t)
{
    return double(t.tv_sec) + double(t.tv_usec) / 1e6;
}

double cpu(int who, double* user = nullptr)
{
    rusage u{};
    getrusage(who, &u);
    if (user)
        *user = seconds(u.ru_utime);
    return seconds(u.ru_utime) + seconds(u.ru_stime);
}

QString address(int i)
{
    return QStringLiteral("127.0.%1.%2").arg(1 + i / 250).arg(1 + i % 250);
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// One interval of every check started once, evenly spread; returns the results' count
// and the number that were not ok.
QPair<int, int> interval(QList<HttpProbe*>& probes, int ms)
{
    int done = 0;
    int bad = 0;
    QList<QMetaObject::Connection> links;
    for (HttpProbe* p : probes)
        links << QObject::connect(p, &CheckProbe::finished, p, [&](const QString&, const ProbeResult& r) {
            ++done;
            bad += r.status == CheckStatus::Ok ? 0 : 1;
        });
    QTimer tick;
    int next = 0;
    QElapsedTimer since;
    since.start();
    QObject::connect(&tick, &QTimer::timeout, [&] {
        // Every check whose offset has come, so a late tick catches up.
        const qint64 due = probes.size() * since.elapsed() / std::max(1, ms) + 1;
        while (next < probes.size() && next < due)
            probes.at(next++)->run(QString());
        if (next >= probes.size())
            tick.stop();
    });
    tick.start(std::max(1, ms / int(probes.size())));
    waitMs(ms);
    QElapsedTimer grace;
    grace.start();
    while (done < probes.size() && grace.elapsed() < 30000)
        waitMs(50);
    for (const auto& l : links)
        QObject::disconnect(l);
    return {done, bad};
}

struct Figure
{
    double cpuPerMinute = 0; // CPU s a minute
    double kernelShare = 0;  // percent of it in the kernel
    int done = 0;            // results in the measured interval
    int bad = 0;             // of them not ok
};

void print(const char* what, const Figure& f, const Args& a)
{
    std::printf(
        "%-10s %7.3f CPU s/min for %d HTTP checks every %d s = %5.2f %% of one core = %.3f ms a check, "
        "%.0f %% of it in the kernel (%d results measured, %d not ok)\n",
        what, f.cpuPerMinute, a.checks, a.seconds, f.cpuPerMinute / 60.0 * 100.0,
        f.cpuPerMinute * a.seconds / 60.0 * 1000.0 / std::max(1, a.checks), f.kernelShare, f.done, f.bad);
    std::fflush(stdout);
}

// Process CPU over `ms` of wall time, the event loop running meanwhile.
Figure measure(int ms)
{
    double userBefore = 0;
    const double before = cpu(RUSAGE_SELF, &userBefore);
    QElapsedTimer wall;
    wall.start();
    waitMs(ms);
    double userAfter = 0;
    const double used = cpu(RUSAGE_SELF, &userAfter) - before;
    Figure f;
    f.cpuPerMinute = used * 60.0 / (wall.elapsed() / 1000.0);
    f.kernelShare = 100.0 * (1.0 - (userAfter - userBefore) / std::max(1e-9, used));
    return f;
}

// The whole checker: 2,000 unbound HTTP checks in a fresh SQLite database, a
// CheckService running them (default options, as the window's), one warm-up interval
// (every check run once), then one measured interval.
std::optional<Figure> checker(const Args& a, quint16 port, const QString& dir)
{
    auto db = Database::open(dir + QStringLiteral("/opsdeck.sqlite"));
    auto metricsDb = Database::open(dir + QStringLiteral("/metrics.sqlite"));
    if (!db.ok() || !metricsDb.ok()) {
        std::printf("checker: cannot open the databases\n");
        return std::nullopt;
    }
    CheckStore checks(*db);
    for (int i = 0; i < a.checks; ++i) {
        CheckDefinition c;
        c.name = QStringLiteral("web%1").arg(i + 1);
        c.kind = CheckKind::Http;
        c.intervalSecs = a.seconds;
        c.params = {{"url", QStringLiteral("http://%1:%2/metrics").arg(address(i)).arg(port)},
                    {"body_regex", "service up"},
                    {"max_time_ms", 5000}};
        if (auto added = checks.add(c); !added.ok()) {
            std::printf("checker: %s\n", qPrintable(added.error().message));
            return std::nullopt;
        }
    }
    MetricStore store(*metricsDb, Clock::system());
    int done = 0;
    int bad = 0;
    CheckService service(*db, store, CheckService::Options{});
    QObject::connect(&service, &CheckService::probed, [&](const CheckScheduler::Outcome& o) {
        ++done;
        bad += o.result.status == CheckStatus::Ok ? 0 : 1;
    });
    QString failure;
    QObject::connect(&service, &CheckService::failed, [&](const Error& e) { failure = e.message; });
    QElapsedTimer warm;
    warm.start();
    while (done < a.checks && warm.elapsed() < a.seconds * 1000 + 30000)
        waitMs(50);
    const int warmDone = done;
    waitMs(std::max(0, int(a.seconds * 1000 - warm.elapsed())));
    done = bad = 0;
    Figure f = measure(a.seconds * 1000);
    f.done = done;
    f.bad = bad;
    if (!failure.isEmpty())
        std::printf("checker: failed: %s\n", qPrintable(failure));
    std::printf("checker    warm-up: %d of %d checks run\n", warmDone, a.checks);
    return f;
}

// HttpProbe runs alone: one probe per check on one CurlMulti, spread evenly over the
// interval; one warm-up interval, then one measured.
Figure probesOnly(const Args& a, quint16 port)
{
    CurlMulti transfers;
    QList<HttpProbe*> probes;
    for (int i = 0; i < a.checks; ++i) {
        CheckDefinition c;
        c.id = i + 1;
        c.kind = CheckKind::Http;
        c.params = {{"url", QStringLiteral("http://%1:%2/metrics").arg(address(i)).arg(port)},
                    {"body_regex", "service up"},
                    {"max_time_ms", 5000}};
        probes << new HttpProbe(c, &transfers, Clock::system());
    }
    const int ms = a.seconds * 1000;
    (void)interval(probes, ms);
    double userBefore = 0;
    const double before = cpu(RUSAGE_SELF, &userBefore);
    QElapsedTimer wall;
    wall.start();
    const auto measured = interval(probes, ms);
    double userAfter = 0;
    const double used = cpu(RUSAGE_SELF, &userAfter) - before;
    Figure f;
    f.cpuPerMinute = used * 60.0 / (wall.elapsed() / 1000.0);
    f.kernelShare = 100.0 * (1.0 - (userAfter - userBefore) / std::max(1e-9, used));
    f.done = measured.first;
    f.bad = measured.second;
    qDeleteAll(probes); // before the CurlMulti they use
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const Args a = parse(app.arguments());
    QTemporaryDir dir;
    const QString page = dir.filePath(QStringLiteral("page.txt"));
    QFile f(page);
    if (!f.open(QIODevice::WriteOnly) || f.write("OK service up\n") <= 0)
        return 1;
    f.close();
    const quint16 port = test::freeTcpPort();
    test::RealServer server(QStringLiteral("static_page.sh"),
                            {QString::number(port), page, QStringLiteral("0.0.0.0")});
    if (!server.started()) {
        std::printf("SKIP: %s\n", qPrintable(server.output()));
        return server.skipped() ? 0 : 1;
    }

    const auto whole = checker(a, port, dir.path());
    if (!whole)
        return 1;
    print("checker", *whole, a);
    const Figure alone = probesOnly(a, port);
    print("probes", alone, a);

    const QString checkHttp = QStringLiteral("/usr/lib/nagios/plugins/check_http");
    if (!QFile::exists(checkHttp)) {
        std::printf("check_http: not measured (monitoring-plugins-basic missing)\n");
        return 0;
    }
    const int n = std::min(a.compare, a.checks);
    const double childBefore = cpu(RUSAGE_CHILDREN);
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        QProcess p;
        p.start(checkHttp, {QStringLiteral("-I"), address(i), QStringLiteral("-p"), QString::number(port),
                            QStringLiteral("-u"), QStringLiteral("/metrics"), QStringLiteral("-r"),
                            QStringLiteral("service up")});
        p.waitForFinished(30000);
        ok += p.exitCode() == 0 ? 1 : 0;
    }
    const double perCheck = (cpu(RUSAGE_CHILDREN) - childBefore) / std::max(1, n);
    const double nagiosPerMinute = perCheck * a.checks * 60.0 / a.seconds;
    std::printf("check_http %8.3f ms CPU a check (%d runs, %d ok) x %d checks every %d s = %7.3f CPU s/min = "
                "%5.2f %% "
                "of one core\n",
                perCheck * 1000.0, n, ok, a.checks, a.seconds, nagiosPerMinute,
                nagiosPerMinute / 60.0 * 100.0);
    std::printf("ratio      checker / check_http = %.3f (goal <= 0.1); probes / check_http = %.3f\n",
                whole->cpuPerMinute / std::max(1e-9, nagiosPerMinute),
                alone.cpuPerMinute / std::max(1e-9, nagiosPerMinute));
    return 0;
}
