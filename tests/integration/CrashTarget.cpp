#include "CrashTarget.h"

#include <QDateTime>
#include <QTest>

namespace opsdeck::test {

namespace {
constexpr int kLinesPerTick = 100;
constexpr qint64 kMaxQueuedBytes = 256 * 1024;
// Timestamps run from two hours ago; the store refuses more than 600 s ahead.
constexpr qint64 kBaseAgeSecs = 7200;
constexpr qint64 kMaxLines = qint64(CrashTarget::kSeries) * (kBaseAgeSecs + 500);
} // namespace

CrashTarget::CrashTarget(Command command) : m_command(std::move(command))
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardOutputFile(QProcess::nullDevice());
    QObject::connect(&m_process, &QProcess::readyReadStandardError, [this] { readReports(); });
    m_pump.setInterval(5);
    QObject::connect(&m_pump, &QTimer::timeout, [this] { pump(); });
}

CrashTarget::~CrashTarget()
{
    m_pump.stop();
    m_socket.abort();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

bool CrashTarget::start(quint16 port)
{
    m_process.start(m_command.program, m_command.args);
    if (!m_process.waitForStarted(10000))
        return false;
    if (!QTest::qWaitFor([this] { return m_listening || m_process.state() == QProcess::NotRunning; },
                         15000) ||
        !m_listening)
        return false;
    m_socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!m_socket.waitForConnected(5000))
        return false;
    m_base = QDateTime::currentSecsSinceEpoch() - kBaseAgeSecs;
    m_maintained = 0;
    m_pump.start();
    return true;
}

bool CrashTarget::killAfter(int ms)
{
    QTimer::singleShot(ms, &m_process, [this] {
        m_killed = m_process.state() == QProcess::Running;
        m_process.kill(); // SIGKILL
    });
    const bool gone =
        QTest::qWaitFor([this] { return m_process.state() == QProcess::NotRunning; }, ms + 10000);
    m_pump.stop();
    m_socket.abort();
    readReports(); // what it printed before it died
    return gone && m_killed && m_process.exitStatus() == QProcess::CrashExit;
}

void CrashTarget::readReports()
{
    m_partial += m_process.readAllStandardError();
    qsizetype start = 0;
    for (qsizetype nl = m_partial.indexOf('\n'); nl >= 0; nl = m_partial.indexOf('\n', start)) {
        const QByteArray line = m_partial.mid(start, nl - start);
        start = nl + 1;
        if (line.startsWith("committed ")) {
            m_committed = line.mid(10).toLongLong();
        } else if (line == "maintained") {
            ++m_maintained;
        } else {
            m_listening = m_listening || line.contains("listening");
            m_otherOutput += line + '\n';
        }
    }
    m_partial.remove(0, start);
}

void CrashTarget::pump()
{
    if (m_socket.state() != QAbstractSocket::ConnectedState || m_socket.bytesToWrite() > kMaxQueuedBytes)
        return;
    QByteArray chunk;
    for (int i = 0; i < kLinesPerTick && m_sent < kMaxLines; ++i, ++m_sent) {
        chunk += "crash.t" + QByteArray::number(m_sent % kSeries) + ' ' + QByteArray::number(m_sent) + ' ' +
                 QByteArray::number(m_base + m_sent / kSeries) + '\n';
    }
    m_socket.write(chunk);
}

QString CrashTarget::diagnostics() const
{
    return QStringLiteral("%1 %2: exit %3, stderr:\n%4")
        .arg(m_command.program, m_command.args.join(QLatin1Char(' ')))
        .arg(m_process.exitCode())
        .arg(QString::fromUtf8(m_otherOutput.right(2000)));
}

} // namespace opsdeck::test
