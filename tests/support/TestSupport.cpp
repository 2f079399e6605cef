#include "TestSupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>
#include <unistd.h>

namespace opsdeck::test {

TempDatabase::TempDatabase()
{
    auto opened = Database::open(path());
    if (!opened.ok())
        qFatal("cannot open a test database: %s", qPrintable(opened.error().message));
    m_db = *opened;
}

CliRun runCli(const QStringList& args, const QByteArray& stdinData, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    // No controlling terminal, as in CI: a question for a passphrase fails rather than
    // waiting on the terminal of whoever runs the tests.
    p.setChildProcessModifier([] { ::setsid(); });
    p.start(QStringLiteral(OPSDECK_BINARY), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!stdinData.isEmpty())
        p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

quint16 freeTcpPort()
{
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 0;
    return s.serverPort();
}

QByteArray testData(const QString& relative)
{
    QFile f(QStringLiteral(OPSDECK_TEST_DATA) + QLatin1Char('/') + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(f.fileName()));
    return f.readAll();
}

bool benchSmoke()
{
    return qEnvironmentVariableIsSet("OPSDECK_BENCH_SMOKE");
}

void isolateSettings(const QString& folder, const QString& applicationName, const QString& organization)
{
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
}

} // namespace opsdeck::test
