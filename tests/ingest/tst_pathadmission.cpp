// PathAdmission: carbon's whitelist.conf / blacklist.conf (seed 001) for the receiver, and
// `opsdeck receive --whitelist/--blacklist` end to end: refused paths are rejected, not
// stored and not malformed; a bad list file is a usage error before the database opens.

#include "TestSupport.h"
#include "ingest/PathAdmission.h"
#include "metrics/MetricStore.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

// Seed 001's whitelist.conf.
const QByteArray kWhitelist =
    "# This file takes a single regular expression per line\n"
    "# If USE_WHITELIST is set to True in carbon.conf, only metrics received which\n"
    "# match one of these expressions will be persisted.\n"
    "^test\\..*\n"
    "^server\\..*\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        return {};
    return f.fileName();
}

IncomingSample pushed(const QString& path)
{
    return IncomingSample{
        {QString(), path, QStringLiteral("graphite-push")}, SeriesType::Gauge, 1700000000, 1};
}

} // namespace

class TstPathAdmission : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void seedWhitelistAndBlacklist()
    {
        auto white = PathAdmission::parseList(kWhitelist, QStringLiteral("whitelist.conf"));
        QVERIFY(white.ok());
        QCOMPARE(white->size(), 2);
        auto black = PathAdmission::parseList("\n# noisy\n\\.tmp$\n", QStringLiteral("blacklist.conf"));
        QVERIFY(black.ok());
        PathAdmission a;
        QVERIFY(!a.filters());
        QCOMPARE(a.verdict(QStringLiteral("anything")), PathAdmission::Verdict::Admitted);
        a.setWhitelist(*white);
        a.setBlacklist(*black);
        QCOMPARE(a.verdict(QStringLiteral("server.web1.load")), PathAdmission::Verdict::Admitted);
        QCOMPARE(a.verdict(QStringLiteral("test.a")), PathAdmission::Verdict::Admitted);
        QCOMPARE(a.verdict(QStringLiteral("other.server.x")), PathAdmission::Verdict::NotWhitelisted);
        QCOMPARE(a.verdict(QStringLiteral("test.a.tmp")), PathAdmission::Verdict::Blacklisted);

        SampleBatch seen;
        PathAdmission::Sink sink = a.wrap([&seen](const SampleBatch& b) {
            seen += b;
            return Status();
        });
        QVERIFY(sink({pushed(QStringLiteral("server.a")), pushed(QStringLiteral("carbon.x")),
                      pushed(QStringLiteral("test.b.tmp")), pushed(QStringLiteral("test.c"))})
                    .ok());
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0).key.metric, QStringLiteral("server.a"));
        QCOMPARE(seen.at(1).key.metric, QStringLiteral("test.c"));
        QCOMPARE(a.counts().notWhitelisted, 1);
        QCOMPARE(a.counts().blacklisted, 1);
        QCOMPARE(a.counts().total(), 2);
    }

    void badPatternNamesFileAndLine()
    {
        auto bad =
            PathAdmission::parseList("^ok\n\n^(broken\n", QStringLiteral("/etc/carbon/whitelist.conf"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, Error::Code::Usage);
        QVERIFY2(bad.error().message.startsWith(QLatin1String("/etc/carbon/whitelist.conf line 3: ")),
                 qPrintable(bad.error().message));
        QVERIFY(!PathAdmission::readList(QStringLiteral("/nonexistent/whitelist.conf")).ok());
    }

    void receiveRefusesBadFilesBeforeTheDatabase()
    {
        QTemporaryDir dir;
        const QString bad = writeFile(dir, QStringLiteral("w.conf"), "^(x\n");
        const QString db = dir.filePath(QStringLiteral("r.sqlite"));
        auto r = test::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("receive"), QStringLiteral("--whitelist"), bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("w.conf line 1"), r.err.constData());
        auto missing =
            test::runCli({QStringLiteral("--db"), db, QStringLiteral("receive"),
                          QStringLiteral("--blacklist"), dir.filePath(QStringLiteral("none.conf"))});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(!QFile::exists(db));
    }

    void receiveKeepsOnlyAdmittedPaths()
    {
        QTemporaryDir dir;
        const QString white = writeFile(dir, QStringLiteral("whitelist.conf"), kWhitelist);
        const QString black = writeFile(dir, QStringLiteral("blacklist.conf"), "^test\\.secret\\.\n");
        test::TempDatabase db;
        const quint16 port = test::freeTcpPort();
        QProcess receiver;
        receiver.start(QStringLiteral(OPSDECK_BINARY),
                       {QStringLiteral("--db"), db.path(), QStringLiteral("receive"),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                        QStringLiteral("--whitelist"), white, QStringLiteral("--blacklist"), black});
        QVERIFY(receiver.waitForStarted(10000));
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += receiver.readAllStandardError()).contains("listening on"), 15000);

        const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        QTcpSocket tcp;
        tcp.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(tcp.waitForConnected(5000));
        // The refused lines first: once the last line is stored, they were all seen.
        tcp.write("carbon.agents.x 1 " + now + "\ntest.secret.key 2 " + now + "\nsomething 3 " + now +
                  "\nserver.web1.load 4 " + now + "\n");
        QVERIFY(tcp.waitForBytesWritten(5000));
        MetricStore store(db.db());
        auto storedPaths = [&store] {
            QStringList paths;
            for (const SeriesInfo& s : store.listSeries().valueOr({}))
                paths << s.key.metric;
            return paths;
        };
        QTRY_COMPARE_WITH_TIMEOUT(storedPaths(), QStringList{QStringLiteral("server.web1.load")}, 15000);
        tcp.disconnectFromHost();

        receiver.terminate();
        QVERIFY(receiver.waitForFinished(15000));
        const QByteArray out = receiver.readAllStandardOutput();
        err += receiver.readAllStandardError();
        QVERIFY2(receiver.exitCode() == 0, err.constData());
        QVERIFY2(out.contains("stored: 1\n"), out.constData());
        QVERIFY2(out.contains("malformed: 0\n"), out.constData());
        QVERIFY2(out.contains("rejected: 3\n"), out.constData());
        QVERIFY2(err.contains("2 sample(s) not in the whitelist, 1 in the blacklist"), err.constData());
        QCOMPARE(storedPaths(), QStringList{QStringLiteral("server.web1.load")});
    }
};

QTEST_GUILESS_MAIN(TstPathAdmission)
#include "tst_pathadmission.moc"
