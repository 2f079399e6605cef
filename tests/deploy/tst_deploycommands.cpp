// The deploy commands run by a real /bin/sh on this machine, in a temporary deploy root
// whose name needs quoting: what SSH will run on a host, minus the SSH.

#include "PackageBuilder.h"
#include "deploy/DeployLayout.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

struct Shell
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Shell sh(const QString& command)
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    p.waitForFinished(30000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace

class TestDeployCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    UnitPlace m_unit;
    QString m_package;

    QString current() const
    {
        return QFileInfo(m_unit.unitDir() + QStringLiteral("/current")).symLinkTarget();
    }

    void deployRelease(const QString& release)
    {
        m_unit.release = release;
        QVERIFY(QFile::copy(m_package, m_dir.filePath(QStringLiteral("upload.tgz"))));
        const Shell u = sh(DeployCommands::unpack(m_unit, m_dir.filePath(QStringLiteral("upload.tgz"))));
        QVERIFY2(u.exitCode == 0, u.err.constData());
        const Shell i = sh(DeployCommands::hook(m_unit, QStringLiteral("install")));
        QVERIFY2(i.exitCode == 0, i.err.constData());
        const Shell s = sh(DeployCommands::switchCurrent(m_unit));
        QVERIFY2(s.exitCode == 0, s.err.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_unit.deployRoot = m_dir.filePath(QStringLiteral("it's {machine}/opt"));
        m_unit.service = QStringLiteral("web");
        m_unit.servicePath = QStringLiteral("shop/web");
        m_unit.machine = QStringLiteral("web 1");
        m_unit.address = QStringLiteral("127.0.0.2");
        m_unit.port = 8080;
        m_unit.unitId = 4;
        m_package = m_dir.filePath(QStringLiteral("p.tgz"));
        QFile f(m_package);
        const QByteArray bytes = test::goodPackage();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
    }

    void thePlaceFollowsTheLayout()
    {
        QCOMPARE(m_unit.unitDir(), m_dir.filePath(QStringLiteral("it's web 1/opt/web_8080")));
        UnitPlace u = m_unit;
        u.deployRoot = QStringLiteral("/srv/{address}/");
        u.release = QStringLiteral("r1");
        QCOMPARE(u.releaseDir(), QStringLiteral("/srv/127.0.0.2/web_8080/releases/r1"));
        u.deployRoot.clear();
        QCOMPARE(u.configFile(), QStringLiteral("/opt/web_8080/releases/r1/opsdeck-config"));
    }

    void unpackHooksAndSwitch()
    {
        deployRelease(QStringLiteral("r1"));
        QCOMPARE(current(), m_unit.unitDir() + QStringLiteral("/releases/r1"));
        // The install hook recorded its environment.
        QFile env(m_unit.releaseDir() + QStringLiteral("/installed.env"));
        QVERIFY(env.open(QIODevice::ReadOnly));
        const QByteArray e = env.readAll();
        QVERIFY2(e.contains("OPSDECK_SERVICE=shop/web\n"), e.constData());
        QVERIFY(e.contains("OPSDECK_UNIT=web_8080\n"));
        QVERIFY(e.contains("OPSDECK_PORT=8080\n"));
        QVERIFY(e.contains("OPSDECK_UNIT_ID=4\n"));
        QVERIFY(e.contains(("OPSDECK_CONFIG=" + m_unit.configFile() + QLatin1Char('\n')).toUtf8()));
        QVERIFY(e.contains(("OPSDECK_RELATIONS=" + m_unit.relationsFile() + QLatin1Char('\n')).toUtf8()));
        // A hook the package does not have is skipped, not an error.
        const Shell stop = sh(DeployCommands::hook(m_unit, QStringLiteral("stop")));
        QCOMPARE(stop.exitCode, 0);
        QVERIFY(stop.out.contains("skipped"));
        // The upload check.
        const Shell sum = sh(DeployCommands::sha256(m_package));
        QCOMPARE(sum.exitCode, 0);
        QCOMPARE(sum.out.trimmed().size(), 64);
    }

    void rollbackGoesToThePreviousRelease()
    {
        // Folders' times order the releases; make r2 clearly newer than r1.
        deployRelease(QStringLiteral("r2"));
        QVERIFY(sh(QStringLiteral("touch -d '2001-01-01' %1")
                       .arg(DeployCommands::quote(m_unit.unitDir() + QStringLiteral("/releases/r1"))))
                    .exitCode == 0);
        QCOMPARE(current(), m_unit.unitDir() + QStringLiteral("/releases/r2"));
        const Shell r = sh(DeployCommands::rollback(m_unit, QStringLiteral("r2")));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed(), QByteArray("r1"));
        QCOMPARE(current(), m_unit.unitDir() + QStringLiteral("/releases/r1"));
        // No temporary link is left behind.
        QCOMPARE(QDir(m_unit.unitDir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
                 (QStringList{QStringLiteral("current"), QStringLiteral("releases")}));
    }

    void rollbackWithNothingEarlierSaysSo()
    {
        UnitPlace u = m_unit;
        u.port = 9090;
        u.release = QStringLiteral("only");
        QVERIFY(QDir().mkpath(u.releaseDir()));
        const Shell r = sh(DeployCommands::rollback(u, QStringLiteral("only")));
        QCOMPARE(r.exitCode, 3);
        QVERIFY(r.err.contains("no earlier release"));
    }

    void quotingSurvivesHostileValues()
    {
        QCOMPARE(
            sh(QStringLiteral("printf %s ") + DeployCommands::quote(QStringLiteral("a'b $(x) `y` \"z\"")))
                .out,
            QByteArray("a'b $(x) `y` \"z\""));
    }
};

QTEST_GUILESS_MAIN(TestDeployCommands)
#include "tst_deploycommands.moc"
