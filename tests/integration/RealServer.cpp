#include "RealServer.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTimer>

namespace opsdeck::test {

namespace {

QString scriptPath(const QString& script)
{
    return QStringLiteral(OPSDECK_TEST_SCRIPTS) + QLatin1Char('/') + script;
}

} // namespace

RealServer::RealServer(const QString& script, const QStringList& args) : m_script(script)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"),
            QStringList{scriptPath(script), QStringLiteral("start"), m_dir.path()} + args);
    const bool finished = p.waitForFinished(120000);
    m_output = QString::fromUtf8(p.readAll()).trimmed();
    if (!finished) {
        p.kill();
        p.waitForFinished();
        m_output += QStringLiteral(" (start script timed out)");
        return;
    }
    m_skipped = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 77;
    m_started = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!m_started && !m_skipped)
        m_output += QStringLiteral(" (start script exit %1, logs in %2)").arg(p.exitCode()).arg(m_dir.path());
    if (!m_started && !m_skipped)
        m_dir.setAutoRemove(false); // keep the logs to look at
}

RealServer::~RealServer()
{
    QProcess p;
    p.start(QStringLiteral("bash"), {scriptPath(m_script), QStringLiteral("stop"), m_dir.path()});
    p.waitForFinished(30000);
}

bool RealServer::control(const QString& verb) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("bash"), {scriptPath(m_script), verb, m_dir.path()});
    const bool finished = p.waitForFinished(120000);
    if (!finished || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s %s failed: %s", qPrintable(m_script), qPrintable(verb), p.readAll().constData());
        return false;
    }
    return true;
}

QString RealServer::reported(const QString& key) const
{
    const QString prefix = key + QLatin1Char('=');
    for (const QString& line : m_output.split(QLatin1Char('\n'))) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed();
    }
    return {};
}

QByteArray httpGet(const QString& url, int timeoutMs)
{
    QNetworkAccessManager nam;
    QNetworkRequest req{QUrl(url)};
    req.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = nam.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

QString preparePostgresClient(const RealServer& pg, const QString& home)
{
    const QString port = pg.reported(QStringLiteral("PORT"));
    const QString user = pg.reported(QStringLiteral("USER"));
    const QString dbname = pg.reported(QStringLiteral("DBNAME"));
    QFile pgpass(QDir(home).filePath(QStringLiteral(".pgpass")));
    if (!pgpass.open(QIODevice::WriteOnly) ||
        pgpass.write(QStringLiteral("127.0.0.1:%1:%2:%3:%4\n")
                         .arg(port, dbname, user, pg.reported(QStringLiteral("PASSWORD")))
                         .toUtf8()) <= 0)
        return {};
    pgpass.close();
    if (!pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
        return {};
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user, port, dbname);
}

bool writePostgresPassFile(const RealServer& pg, const QString& path)
{
    QFile pgpass(path);
    if (!pgpass.open(QIODevice::WriteOnly) ||
        pgpass.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n")
                         .arg(pg.reported(QStringLiteral("PORT")), pg.reported(QStringLiteral("USER")),
                              pg.reported(QStringLiteral("PASSWORD")))
                         .toUtf8()) <= 0)
        return false;
    pgpass.close();
    return pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

QString postgresUrl(const RealServer& pg, const QString& dbname)
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3")
        .arg(pg.reported(QStringLiteral("USER")), pg.reported(QStringLiteral("PORT")), dbname);
}

bool writeSshdKnownHosts(const RealServer& sshd, const QString& path)
{
    QFile hostKey(sshd.reported(QStringLiteral("HOST_KEY")));
    QFile known(path);
    if (!hostKey.open(QIODevice::ReadOnly) || !known.open(QIODevice::WriteOnly))
        return false;
    const QList<QByteArray> parts = hostKey.readAll().trimmed().split(' '); // type, key, comment
    return known.write("[127.0.0.*]:" + sshd.reported(QStringLiteral("PORT")).toUtf8() + ' ' +
                       parts.value(0) + ' ' + parts.value(1) + '\n') > 0;
}

bool prepareSshClientHome(const RealServer& sshd, const QString& home)
{
    const QDir dir(home);
    const QString key = dir.filePath(QStringLiteral(".ssh/id_ed25519"));
    if (!dir.mkpath(QStringLiteral(".ssh")) ||
        !QFile::copy(sshd.reported(QStringLiteral("KEY_DIR")) + QStringLiteral("/id_ed25519"), key))
        return false;
    QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_DATA_HOME", dir.filePath(QStringLiteral("data")).toUtf8());
    qputenv("OPSDECK_DB", dir.filePath(QStringLiteral("opsdeck.sqlite")).toUtf8());
    qunsetenv("SSH_AUTH_SOCK");
    return true;
}

} // namespace opsdeck::test
