// CpuPercent: one rule for the CPU stack, shared by the window's chart
// (MachineChartLoader) and `opsdeck metrics query --percent`. One store holds a host's
// CPU from two sources (a collector every 10 s with steal, node_exporter every 15 s at
// other moments without it); the chart, the library call the CLI makes and the real CLI
// process must agree point for point, and a stack never mixes the two sources.

#include "TestSupport.h"
#include "metrics/CpuPercent.h"
#include "metrics/Decimator.h"
#include "metrics/MachineChartLoader.h"
#include "metrics/MetricStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;

namespace {

using Points = QList<QPair<qint64, double>>; // known points: (epoch, percent)

const QString kMachine = QStringLiteral("web1");
const QString kLocal = QStringLiteral("local");
const QString kNode = QStringLiteral("node_exporter");

// How much CPU time a mode gained in pass i (i >= 1) of a source: varying, so the
// total varies too and decimating before dividing would give other numbers.
double increment(const QString& source, const QString& mode, int i)
{
    if (source == kLocal) { // jiffies per 10 s
        const QHash<QString, double> base{{QStringLiteral("user"), 100},  {QStringLiteral("nice"), 0},
                                          {QStringLiteral("system"), 40}, {QStringLiteral("idle"), 800},
                                          {QStringLiteral("iowait"), 5},  {QStringLiteral("irq"), 1},
                                          {QStringLiteral("softirq"), 4}, {QStringLiteral("steal"), 30}};
        if (mode == QLatin1String("user"))
            return base.value(mode) + 50 * (i % 5);
        return base.value(mode);
    }
    // node_exporter: seconds per 15 s, no steal series
    if (mode == QLatin1String("user"))
        return 6 + i % 4;
    if (mode == QLatin1String("system"))
        return 2 + 0.5 * (i % 3);
    if (mode == QLatin1String("idle"))
        return 5 + i % 5;
    if (mode == QLatin1String("nice"))
        return 0.5;
    if (mode == QLatin1String("irq"))
        return 0;
    return 0.25; // iowait, softirq
}

QStringList modesOf(const QString& source)
{
    QStringList modes = CpuPercent::totalModes();
    if (source == kNode)
        modes.removeAll(QStringLiteral("steal"));
    return modes;
}

// What percent of the total `mode` had in pass i of `source`, computed here from the
// increments rather than by the code under test.
double expectedPercent(const QString& source, const QString& mode, int i)
{
    double total = 0;
    for (const QString& m : modesOf(source))
        total += increment(source, m, i);
    return 100.0 * increment(source, mode, i) / total;
}

Points known(const QList<SeriesPoint>& points)
{
    Points out;
    for (const SeriesPoint& p : points) {
        if (p.value)
            out.append({p.timestamp, *p.value});
    }
    return out;
}

Points chartPoints(const ChartLine& line)
{
    Points out;
    for (const auto& segment : line.segments) {
        for (const QPointF& p : segment)
            out.append({qint64(p.x() / 1000.0), p.y()});
    }
    return out;
}

bool samePoints(const Points& a, const Points& b, QString* why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 points against %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].first != b[i].first || qAbs(a[i].second - b[i].second) > 1e-9) {
            *why = QStringLiteral("point %1: (%2, %3) against (%4, %5)")
                       .arg(i)
                       .arg(a[i].first)
                       .arg(a[i].second, 0, 'g', 17)
                       .arg(b[i].first)
                       .arg(b[i].second, 0, 'g', 17);
            return false;
        }
    }
    return true;
}

} // namespace

class TstCpuPercent : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<MetricStore> m_store;
    qint64 m_t0 = 0;

    MetricQuery cpuQuery(const QString& metric = {}, int maxPoints = 0, const QString& source = {}) const
    {
        MetricQuery q;
        q.machine = kMachine;
        q.metric = metric;
        q.source = source;
        q.from = m_t0;
        q.to = m_t0 + 1300;
        q.maxPoints = maxPoints;
        q.decimation = MetricQuery::Decimation::Average;
        return q;
    }

    // `opsdeck metrics query --percent` on the same database file, its known points.
    Points cliPoints(const QString& metric, int maxPoints, QString* source)
    {
        QStringList args{QStringLiteral("--db"),       m_db->path(),
                         QStringLiteral("metrics"),    QStringLiteral("query"),
                         QStringLiteral("--machine"),  kMachine,
                         QStringLiteral("--metric"),   metric,
                         QStringLiteral("--percent"),  QStringLiteral("--from"),
                         QString::number(m_t0),        QStringLiteral("--to"),
                         QString::number(m_t0 + 1300), QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (maxPoints > 0)
            args << QStringLiteral("--points") << QString::number(maxPoints) << QStringLiteral("--decimation")
                 << QStringLiteral("average");
        const auto r = test::runCli(args);
        if (r.exitCode != 0) {
            *source = QString::fromUtf8(r.err);
            return {};
        }
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        *source = o.value(QStringLiteral("series")).toString();
        Points out;
        for (const QJsonValue& v : o.value(QStringLiteral("points")).toArray()) {
            const QJsonArray p = v.toArray();
            if (!p.at(1).isNull())
                out.append({p.at(0).toInteger(), p.at(1).toDouble()});
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<test::TempDatabase>();
        m_store = std::make_unique<MetricStore>(m_db->db());
        m_store->setMaintenanceIntervalMs(0);
        m_t0 = (QDateTime::currentSecsSinceEpoch() - 1800) / 60 * 60;
        SampleBatch batch;
        // The collector: every 10 s from t0 to t0 + 1200, steal included.
        // node_exporter: every 15 s from t0 + 7 to t0 + 1207 (the fresher), no steal.
        for (const auto& [source, offset, every, passes] :
             {std::tuple{kLocal, 0, 10, 120}, std::tuple{kNode, 7, 15, 80}}) {
            for (const QString& mode : modesOf(source)) {
                double counter = 0;
                for (int i = 0; i <= passes; ++i) {
                    if (i > 0)
                        counter += increment(source, mode, i);
                    batch.append({{kMachine, QStringLiteral("cpu-") + mode, source},
                                  SeriesType::Derive,
                                  m_t0 + offset + qint64(every) * i,
                                  counter});
                }
            }
        }
        QVERIFY(m_store->append(batch).ok());
        QVERIFY(m_store->flush().ok());
    }

    void stackComesFromTheFreshestSource()
    {
        const auto source = CpuPercent::stackSource(*m_store, kMachine);
        QVERIFY2(source.ok(), qPrintable(source.ok() ? QString() : source.error().message));
        QCOMPARE(*source, kNode);
        QCOMPARE(CpuPercent::stackSource(*m_store, QStringLiteral("ghost")).error().code,
                 Error::Code::NotFound);
        QCOMPARE(CpuPercent::stack(*m_store, cpuQuery({}, 0, QStringLiteral("graphite-push"))).error().code,
                 Error::Code::NotFound);
    }

    void stackNeverMixesSources_data()
    {
        QTest::addColumn<QString>("source"); // asked; empty: the default
        QTest::addColumn<QString>("expected");
        QTest::newRow("default") << QString() << kNode;
        QTest::newRow("the collector, asked") << kLocal << kLocal;
    }
    void stackNeverMixesSources()
    {
        QFETCH(QString, source);
        QFETCH(QString, expected);
        const auto cpu = CpuPercent::stack(*m_store, cpuQuery({}, 0, source));
        QVERIFY2(cpu.ok(), qPrintable(cpu.ok() ? QString() : cpu.error().message));
        QCOMPARE(cpu->source, expected);
        QCOMPARE(cpu->modes, modesOf(expected)); // node_exporter's stack takes no steal from the collector
        QCOMPARE(cpu->resolution, 60);
        const qint64 offset = expected == kNode ? 7 : 0;
        const qint64 every = expected == kNode ? 15 : 10;
        for (const QString& mode : std::as_const(cpu->modes)) {
            const Points points = known(cpu->percent.value(mode));
            QVERIFY(points.size() >= 70);
            for (const auto& [t, value] : points) {
                // Only this source's moments, and its own share of its own total.
                QCOMPARE((t - m_t0 - offset) % every, 0);
                const int pass = int((t - m_t0 - offset) / every);
                QVERIFY2(qAbs(value - expectedPercent(expected, mode, pass)) < 1e-9,
                         qPrintable(QStringLiteral("%1 at pass %2: %3").arg(mode).arg(pass).arg(value)));
            }
        }
    }

    void percentIsDividedBeforeDecimating()
    {
        const auto full = CpuPercent::stack(*m_store, cpuQuery());
        const auto thin = CpuPercent::stack(*m_store, cpuQuery({}, 20));
        QVERIFY(full.ok() && thin.ok());
        for (const QString& mode : std::as_const(full->modes)) {
            const auto expected =
                Decimator::decimate(full->percent.value(mode), 20, MetricQuery::Decimation::Average);
            QString why;
            QVERIFY2(samePoints(known(thin->percent.value(mode)), known(expected), &why),
                     qPrintable(mode + QStringLiteral(": ") + why));
        }
        // The other order (the store averages each mode's rates, then one divides) gives
        // another number here, so the comparison above tells the two apart.
        const Points thinUser = known(thin->percent.value(QStringLiteral("user")));
        QVERIFY(!thinUser.isEmpty());
        double total = 0;
        double user = 0;
        for (const QString& mode : modesOf(kNode)) {
            auto averaged = m_store->query(cpuQuery(QStringLiteral("cpu-") + mode, 20, kNode));
            QVERIFY(averaged.ok());
            const Points points = known(averaged->points);
            QVERIFY(!points.isEmpty());
            QCOMPARE(points.first().first, thinUser.first().first);
            total += points.first().second;
            if (mode == QLatin1String("user"))
                user = points.first().second;
        }
        const double ratesFirst = 100.0 * user / total;
        const double percentFirst = thinUser.first().second;
        QVERIFY2(qAbs(ratesFirst - percentFirst) > 1e-6,
                 qPrintable(QStringLiteral("%1 %2").arg(ratesFirst).arg(percentFirst)));
    }

    void chartAndCliAgreePointForPoint_data()
    {
        QTest::addColumn<int>("maxPoints");
        QTest::newRow("every point") << 0;
        QTest::newRow("decimated to 20") << 20;
    }
    void chartAndCliAgreePointForPoint()
    {
        QFETCH(int, maxPoints);
        MachineChartLoader::Request request;
        request.machine = kMachine;
        request.from = m_t0;
        request.to = m_t0 + 1300;
        request.maxPoints = maxPoints;
        const MachineChartSet set = MachineChartLoader::load(*m_store, request);
        QVERIFY2(set.error.isEmpty(), qPrintable(set.error));
        const ChartData& chart = set.charts.at(int(MachineChartKind::Cpu));
        QCOMPARE(chart.kind, MachineChartKind::Cpu);
        QCOMPARE(chart.source, kNode);
        QStringList names;
        for (const ChartLine& line : chart.lines)
            names << line.name;
        QStringList drawn = modesOf(kNode);
        drawn.removeAll(QStringLiteral("idle"));
        QCOMPARE(names, drawn);
        for (const ChartLine& line : chart.lines) {
            const QString metric = QStringLiteral("cpu-") + line.name;
            const Points inChart = chartPoints(line);
            QVERIFY(inChart.size() >= (maxPoints ? 10 : 70));
            const auto library = CpuPercent::query(*m_store, cpuQuery(metric, maxPoints));
            QVERIFY2(library.ok(), qPrintable(library.ok() ? QString() : library.error().message));
            QCOMPARE(library->key.source, kNode);
            QString why;
            QVERIFY2(samePoints(inChart, known(library->points), &why),
                     qPrintable(metric + QLatin1Char(' ') + why));
            QString series;
            const Points cli = cliPoints(metric, maxPoints, &series);
            QCOMPARE(series, metric);
            QVERIFY2(samePoints(inChart, cli, &why), qPrintable(metric + QStringLiteral(" (CLI) ") + why));
        }
    }
};

QTEST_GUILESS_MAIN(TstCpuPercent)
#include "tst_cpupercent.moc"
