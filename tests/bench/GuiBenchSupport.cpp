#include "GuiBenchSupport.h"

#include "TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

namespace opsdeck::bench {

std::optional<FleetSizes> fleetSizesFromArgs(const QStringList& args, int minMachines)
{
    FleetSizes s;
    if (test::benchSmoke())
        s = {2000, 200, 4000};
    if (args.size() > 1)
        s.machines = args.at(1).toInt();
    if (args.size() > 2)
        s.nodes = args.at(2).toInt();
    if (args.size() > 3)
        s.units = args.at(3).toInt();
    if (s.machines < minMachines || s.nodes < 50 || s.units < 0) {
        std::fprintf(stderr, "usage: %s [MACHINES>=%d NODES>=50 UNITS>=0]\n",
                     qPrintable(QFileInfo(args.value(0)).fileName()), minMachines);
        return std::nullopt;
    }
    return s;
}

namespace {

bool execOrDie(QSqlQuery& q)
{
    if (!q.exec()) {
        std::fprintf(stderr, "insert failed: %s\n", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

} // namespace

bool fillFleet(Database& db, const FleetSizes& s)
{
    const Status st = db.transaction([&](QSqlDatabase& c) -> Status {
        auto* rng = QRandomGenerator::global();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q(c);
        const int pools = 20;
        q.prepare(QStringLiteral("INSERT INTO pools (id, name, created_at) VALUES (?, ?, ?)"));
        for (int p = 1; p <= pools; ++p) {
            q.addBindValue(p);
            q.addBindValue(QStringLiteral("pool.dc%1").arg(p, 2, 10, QLatin1Char('0')));
            q.addBindValue(now);
            if (!execOrDie(q))
                return Error::failure(QStringLiteral("pools"));
        }
        static const char* states[] = {"NEW", "INITED", "READY", "ERROR_DETECTED", "ERROR", "OFFLINE"};
        static const char* tagSets[] = {"[]",          "[\"web\"]",          "[\"db\",\"prod\"]",
                                        "[\"cache\"]", "[\"web\",\"prod\"]", "[\"batch\",\"gpu\"]"};
        q.prepare(
            QStringLiteral("INSERT INTO machines (id, name, address, port, ssh_user, pool_id, state, tags, "
                           "created_at, last_seen) VALUES (?, ?, ?, 22, '', ?, ?, ?, ?, ?)"));
        for (int i = 1; i <= s.machines; ++i) {
            q.addBindValue(i);
            q.addBindValue(QStringLiteral("host%1.example.com").arg(i, 6, 10, QLatin1Char('0')));
            q.addBindValue(QStringLiteral("10.%1.%2.%3").arg(i >> 16).arg((i >> 8) & 255).arg(i & 255));
            q.addBindValue(1 + rng->bounded(pools));
            q.addBindValue(QString::fromLatin1(i % 10 < 7 ? "READY" : states[rng->bounded(6)]));
            q.addBindValue(QString::fromLatin1(tagSets[rng->bounded(6)]));
            q.addBindValue(now);
            q.addBindValue(rng->bounded(10) == 0 ? QVariant() : QVariant(now - rng->bounded(86400)));
            if (!execOrDie(q))
                return Error::failure(QStringLiteral("machines"));
        }
        // Product lines at the root, groups below, services below them.
        const int lines = std::max(1, s.nodes / 500);
        const int groupsPerLine = 20;
        QList<std::pair<int, QString>> services;
        q.prepare(QStringLiteral(
            "INSERT INTO tree_nodes (id, parent_id, name, kind, product_line, path, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        int id = 0;
        auto node = [&](int parent, const QString& name, const char* kind, bool pl, const QString& path) {
            q.addBindValue(++id);
            q.addBindValue(parent ? QVariant(parent) : QVariant());
            q.addBindValue(name);
            q.addBindValue(QString::fromLatin1(kind));
            q.addBindValue(pl ? 1 : 0);
            q.addBindValue(path);
            q.addBindValue(now);
            return execOrDie(q) ? id : -1;
        };
        QList<std::pair<int, QString>> groups;
        for (int l = 0; l < lines; ++l) {
            const QString line = QStringLiteral("line%1").arg(l);
            const int lineId = node(0, line, "folder", true, line);
            for (int g = 0; g < groupsPerLine && id < s.nodes; ++g) {
                const QString name = QStringLiteral("group%1").arg(g);
                groups << std::pair{node(lineId, name, "group", false, line + u'/' + name),
                                    line + u'/' + name};
            }
        }
        for (int k = 0; id < s.nodes; ++k) {
            const auto& [gid, gpath] = groups[k % groups.size()];
            const QString name = QStringLiteral("svc%1").arg(k);
            services << std::pair{node(gid, name, "service", false, gpath + u'/' + name),
                                  gpath + u'/' + name};
        }
        if (services.isEmpty())
            return Error::failure(QStringLiteral("no services"));
        q.prepare(
            QStringLiteral("INSERT INTO node_machines (node_id, machine_id, created_at) VALUES (?, ?, ?)"));
        for (int i = 1; i <= s.machines; ++i) {
            if (i % 20 == 0)
                continue; // pool stock
            q.addBindValue(services[i % services.size()].first);
            q.addBindValue(i);
            q.addBindValue(now);
            if (!execOrDie(q))
                return Error::failure(QStringLiteral("bindings"));
        }
        q.prepare(QStringLiteral(
            "INSERT INTO units (service_id, machine_id, port, created_at) VALUES (?, ?, ?, ?)"));
        for (int u = 0; u < s.units; ++u) {
            const int machine = 1 + u % s.machines;
            q.addBindValue(services[machine % services.size()].first);
            q.addBindValue(machine);
            q.addBindValue(8000 + u / s.machines);
            q.addBindValue(now);
            if (!execOrDie(q))
                return Error::failure(QStringLiteral("units"));
        }
        q.prepare(
            QStringLiteral("INSERT INTO audit_log (time, operator, entity, entity_id, action, before, after) "
                           "VALUES (?, 'bench', 'machine', ?, 'online', '{\"state\":\"INITED\"}', "
                           "'{\"state\":\"READY\"}')"));
        for (int a = 0; a < 20000; ++a) {
            q.addBindValue(now - 20000 + a);
            q.addBindValue(
                QStringLiteral("host%1.example.com").arg(1 + a % s.machines, 6, 10, QLatin1Char('0')));
            if (!execOrDie(q))
                return Error::failure(QStringLiteral("audit"));
        }
        return {};
    });
    if (!st.ok())
        std::fprintf(stderr, "filling the database failed: %s\n", qPrintable(st.error().message));
    return st.ok();
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double runQueueWaitMs()
{
    // "<ns on a cpu> <ns waiting on a run queue> <time slices>"
    const int fd = ::open("/proc/thread-self/schedstat", O_RDONLY);
    if (fd < 0)
        return 0;
    char buf[128] = {};
    const ssize_t n = ::read(fd, buf, sizeof buf - 1);
    ::close(fd);
    if (n <= 0)
        return 0;
    unsigned long long onCpu = 0, waiting = 0;
    if (std::sscanf(buf, "%llu %llu", &onCpu, &waiting) != 2)
        return 0;
    return double(waiting) / 1e6;
}

long voluntarySwitches()
{
    rusage usage{};
    if (getrusage(RUSAGE_THREAD, &usage) != 0)
        return 0;
    return usage.ru_nvcsw;
}

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return "?";
    return f.readAll().split(' ').value(0);
}

} // namespace opsdeck::bench
