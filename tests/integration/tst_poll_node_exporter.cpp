// A real prometheus-node-exporter on a free loopback port; `opsdeck source add
// node-exporter` + `opsdeck metrics poll --once`; Opsdeck's figures agree with the page
// node_exporter serves at the same moment.

#include "IntegrationSupport.h"
#include "ingest/PrometheusText.h"

#include <QStandardPaths>
#include <QTest>
#include <cmath>

using namespace opsdeck;

namespace {

// The value of one sample of a page (sum over all samples of that name with `label`s).
double pageValue(const QByteArray& page, const QByteArray& name, const QByteArray& label = {},
                 const QByteArray& value = {})
{
    const PromParseResult r = parsePrometheusText(page);
    double sum = 0;
    bool any = false;
    for (const PromSample& s : r.samples)
        if (s.name == name && (label.isEmpty() || s.label(label) == value)) {
            sum += s.value;
            any = true;
        }
    return any ? sum : std::nan("");
}

} // namespace

class TestPollNodeExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pollAgreesWithTheExporter()
    {
        const quint16 port = test::freeTcpPort();
        test::RealServer exporter(QStringLiteral("node_exporter.sh"), {QString::number(port)});
        OPSDECK_REQUIRE_SERVER(exporter);
        const QString url = QStringLiteral("http://127.0.0.1:%1/metrics").arg(port);

        test::TempDatabase db;
        QVERIFY(test::addMachine(*db, QStringLiteral("box1"), QStringLiteral("127.0.0.1")));
        auto add = test::opsdeck(
            db.path(), {QStringLiteral("source"), QStringLiteral("add"), QStringLiteral("node-exporter"),
                        QStringLiteral("http://{address}:%1/metrics").arg(port), QStringLiteral("--machine"),
                        QStringLiteral("box1"), QStringLiteral("--interval"), QStringLiteral("1m")});
        QVERIFY2(add.exitCode == 0, add.err.constData());

        const QByteArray before = test::httpGet(url);
        QVERIFY(!before.isEmpty());
        auto poll = test::opsdeck(db.path(), {QStringLiteral("metrics"), QStringLiteral("poll"),
                                              QStringLiteral("--once"), QStringLiteral("--format"),
                                              QStringLiteral("json")});
        const QByteArray after = test::httpGet(url);
        QVERIFY2(poll.exitCode == 0, poll.out + poll.err);
        const QJsonArray polls = test::jsonOf(poll.out).value(QStringLiteral("polls")).toArray();
        QCOMPARE(polls.size(), 1);
        const QJsonObject p = polls.first().toObject();
        QCOMPARE(p.value(QStringLiteral("machine")).toString(), QStringLiteral("box1"));
        QCOMPARE(p.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(p.value(QStringLiteral("malformed")).toInt(), 0);
        QVERIFY(p.value(QStringLiteral("samples")).toInt() > 20);
        QVERIFY(p.value(QStringLiteral("duration_ms")).toDouble() >= 0);

        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto stored = [&](const QString& metric) {
            const auto pts = test::storedPoints(db.db(), QStringLiteral("box1"), metric,
                                                QStringLiteral("node_exporter"), now - 120, now + 60);
            return pts.isEmpty() ? std::nan("") : pts.last();
        };

        // A constant: exactly the same.
        QCOMPARE(stored(QStringLiteral("memory-total")), pageValue(after, "node_memory_MemTotal_bytes"));
        // Load moves slowly (the kernel updates it every 5 s): between the two pages, with
        // a little room.
        const double load = stored(QStringLiteral("loadavg-1"));
        const double lo = std::min(pageValue(before, "node_load1"), pageValue(after, "node_load1"));
        const double hi = std::max(pageValue(before, "node_load1"), pageValue(after, "node_load1"));
        QVERIFY2(load >= lo - 0.05 && load <= hi + 0.05,
                 qPrintable(QStringLiteral("loadavg-1 %1 not in [%2, %3]").arg(load).arg(lo).arg(hi)));
        // The CPU count, from the per-CPU idle counters.
        int cpus = 0;
        for (const PromSample& x : parsePrometheusText(after).samples)
            cpus += x.name == "node_cpu_seconds_total" && x.label("mode") == "idle";
        QVERIFY(cpus > 0);
        QCOMPARE(stored(QStringLiteral("processors")), double(cpus));

        // The mount point of every device whose disk usage is stored, in machine_meta
        // (source node-exporter) as the local collector records it: the host page's titles.
        QHash<QString, QString> mounts;
        {
            QSqlDatabase c = db->connection();
            auto q = Database::exec(
                c, QStringLiteral("SELECT mm.key, mm.value FROM machine_meta mm JOIN machines m ON "
                                  "m.id = mm.machine_id WHERE m.name = 'box1' AND "
                                  "mm.source = 'node-exporter'"));
            QVERIFY(q.ok());
            while (q->next())
                mounts.insert(q->value(0).toString(), q->value(1).toString());
        }
        int devices = 0;
        for (const PromSample& x : parsePrometheusText(after).samples) {
            const QString device = QString::fromUtf8(x.label("device"));
            const QString mountpoint = QString::fromUtf8(x.label("mountpoint"));
            if (x.name != "node_filesystem_avail_bytes" || !device.startsWith(QLatin1String("/dev/")) ||
                mountpoint == QLatin1String("/boot"))
                continue;
            const QString dev = device.mid(5).replace(QLatin1Char('/'), QLatin1Char('_'));
            QVERIFY(!std::isnan(stored(QStringLiteral("disk-usage-%1-available").arg(dev))));
            const QString key = QStringLiteral("disk-usage-%1-mount").arg(dev);
            QVERIFY2(mounts.value(key).split(QLatin1Char('\n')).contains(mountpoint),
                     qPrintable(key + QStringLiteral(": ") + mounts.value(key)));
            ++devices;
        }
        if (devices == 0)
            qInfo("this host's node_exporter lists no /dev filesystem: no mount to check");

        // The target's status is recorded.
        auto list = test::opsdeck(db.path(), {QStringLiteral("source"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject src =
            test::jsonOf(list.out).value(QStringLiteral("sources")).toArray().first().toObject();
        QCOMPARE(src.value(QStringLiteral("state")).toString(), QStringLiteral("ok"));
        QVERIFY(src.value(QStringLiteral("last_ok")).toDouble() >= now - 60);
        QCOMPARE(src.value(QStringLiteral("last_error")).toString(), QString());
    }
};

QTEST_GUILESS_MAIN(TestPollNodeExporter)
#include "tst_poll_node_exporter.moc"
