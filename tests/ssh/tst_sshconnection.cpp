// The SSH engine against a real OpenSSH sshd (tests/integration/scripts/sshd.sh) on
// 0.0.0.0, so 127.0.0.2 ... 127.0.0.20 are separate hosts with the same host key.
#include "RealServer.h"
#include "ssh/CredentialProvider.h"
#include "ssh/KnownHostsStore.h"
#include "ssh/SshEngine.h"
#include "ssh/SshStep.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ssh;
using opsdeck::test::RealServer;

namespace {

int openFds()
{
    return int(QDir(QStringLiteral("/proc/self/fd"))
                   .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)
                   .size());
}

// What one connection reported, gathered on the test's thread. The signals are
// connected to the recorder's own context object, so none reaches a recorder that is gone.
struct Recorder
{
    std::unique_ptr<QObject> context = std::make_unique<QObject>();
    QMap<quint64, QByteArray> out, err;
    QMap<quint64, SshStepResult> results;
    QList<qint64> progress;
    SshError failure;
    bool ready = false, closed = false;

    void attach(SshConnection* c)
    {
        QObject* ctx = context.get();
        QObject::connect(c, &SshConnection::ready, ctx, [this] { ready = true; });
        QObject::connect(c, &SshConnection::failed, ctx, [this](const SshError& e) { failure = e; });
        QObject::connect(c, &SshConnection::closed, ctx, [this] { closed = true; });
        QObject::connect(c, &SshConnection::output, ctx,
                         [this](quint64 s, SshStream st, const QByteArray& d) {
                             (st == SshStream::Stdout ? out[s] : err[s]) += d;
                         });
        QObject::connect(c, &SshConnection::uploadProgress, ctx,
                         [this](quint64, qint64 sent, qint64) { progress.append(sent); });
        QObject::connect(c, &SshConnection::stepFinished, ctx,
                         [this](quint64 s, const SshStepResult& r) { results.insert(s, r); });
    }
};

} // namespace

class tst_SshConnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agentAuth();
    void keyFileAuth();
    void passphraseKey();
    void rsaKeyExplained();
    void unknownKeyRefusedThenAccepted();
    void changedKeyRefused();
    void revokedKeyRefused();
    void connectionRefused();
    void dnsFailure();
    void silentHostTimesOut();
    void execOnManyHostsConcurrently();
    void uploadWithProgressAndChecksum();
    void cancelMidExec();
    void connectionDropsMidExec();
    void silentPeerMidExecTimesOut();
    void quietButAliveStepIsKept();
    void noLeakedSockets();

private:
    SshTarget target(const QString& host = QStringLiteral("127.0.0.1")) const;
    SshOptions keysOnly() const;
    QString knownHostsWith(const QByteArray& line);
    QByteArray hostKeyLine() const;
    // Runs `c` (already given its steps and close()) until closed.
    void runToEnd(SshConnection* c, Recorder& r);

    std::unique_ptr<RealServer> m_sshd;
    QTemporaryDir m_tmp;
    QString m_trusted; // an Opsdeck known_hosts holding the test host key for every address
    quint16 m_port = 0;
};

void tst_SshConnection::initTestCase()
{
    m_port = opsdeck::test::freeTcpPort();
    m_sshd = std::make_unique<RealServer>(QStringLiteral("sshd.sh"), QStringList{QString::number(m_port)});
    OPSDECK_REQUIRE_SERVER(*m_sshd);
    m_trusted = knownHostsWith(QByteArray("[127.0.0.*]:") + QByteArray::number(m_port) + ' ' + hostKeyLine());
}

QByteArray tst_SshConnection::hostKeyLine() const
{
    QFile f(m_sshd->reported(QStringLiteral("HOST_KEY")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    return parts.value(0) + ' ' + parts.value(1);
}

QString tst_SshConnection::knownHostsWith(const QByteArray& line)
{
    static int n = 0;
    const QString path = m_tmp.filePath(QStringLiteral("known_hosts_%1").arg(++n));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write("# test file\n" + line + '\n');
    return path;
}

SshTarget tst_SshConnection::target(const QString& host) const
{
    SshTarget t;
    t.host = host;
    t.port = m_port;
    t.user = m_sshd->reported(QStringLiteral("USER"));
    return t;
}

SshOptions tst_SshConnection::keysOnly() const
{
    SshOptions o;
    o.useAgent = false;
    o.keyDirectory = m_sshd->reported(QStringLiteral("KEY_DIR"));
    o.connectTimeoutMs = 20000;
    return o;
}

void tst_SshConnection::runToEnd(SshConnection* c, Recorder& r)
{
    r.attach(c);
    c->start();
    QTRY_VERIFY_WITH_TIMEOUT(r.closed, 60000);
}

void tst_SshConnection::agentAuth()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshOptions o;
    o.useDefaultKeys = false; // only the agent holds a key the server knows
    o.agentSocket = m_sshd->reported(QStringLiteral("SSH_AUTH_SOCK"));
    auto c = engine.open(target(), o);
    Recorder r;
    const quint64 s = c->exec(QStringLiteral("echo agent-ok"));
    c->close();
    runToEnd(c.get(), r);
    QVERIFY2(r.failure.ok(), qPrintable(r.failure.error.message));
    QVERIFY(r.ready);
    QCOMPARE(r.out[s], QByteArray("agent-ok\n"));
    QCOMPARE(r.results[s].exitStatus, 0);
}

void tst_SshConnection::keyFileAuth()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    auto c = engine.open(target(), keysOnly());
    Recorder r;
    const quint64 a = c->exec(QStringLiteral("echo one; echo two >&2; exit 3"));
    const quint64 b = c->exec(QStringLiteral("echo $SSH_CONNECTION | cut -d' ' -f2")); // same connection
    const quint64 d = c->exec(QStringLiteral("echo $SSH_CONNECTION | cut -d' ' -f2"));
    c->close();
    runToEnd(c.get(), r);
    QVERIFY2(r.failure.ok(), qPrintable(r.failure.error.message));
    QCOMPARE(r.out[a], QByteArray("one\n"));
    QCOMPARE(r.err[a], QByteArray("two\n"));
    QCOMPARE(r.results[a].exitStatus, 3);
    QVERIFY(!r.out[b].isEmpty());
    QCOMPARE(r.out[b], r.out[d]); // one TCP connection: the same client port for every step
}

void tst_SshConnection::passphraseKey()
{
    KnownHostsStore store({}, m_trusted);
    InMemoryCredentialProvider secrets;
    const QString key = m_sshd->reported(QStringLiteral("PASSPHRASE_KEY"));
    SshEngine engine(store, &secrets);
    SshOptions o = keysOnly();
    o.useDefaultKeys = false;
    SshTarget t = target();
    t.identityFiles = {key};
    {
        Recorder r; // no passphrase known: an auth failure that says why
        auto c = engine.open(t, o);
        c->close();
        runToEnd(c.get(), r);
        QCOMPARE(r.failure.kind, SshFailure::Auth);
        QVERIFY2(r.failure.error.message.contains(QLatin1String("no secret")),
                 qPrintable(r.failure.error.message));
    }
    secrets.set(CredentialRequest{CredentialRequest::Kind::KeyPassphrase, key, {}, {}, false}.secretName(),
                m_sshd->reported(QStringLiteral("PASSPHRASE")));
    Recorder r;
    auto c = engine.open(t, o);
    const quint64 s = c->exec(QStringLiteral("echo pass-ok"));
    c->close();
    runToEnd(c.get(), r);
    QVERIFY2(r.failure.ok(), qPrintable(r.failure.error.message));
    QCOMPARE(r.out[s], QByteArray("pass-ok\n"));
    QVERIFY(secrets.requests() >= 2);
}

void tst_SshConnection::rsaKeyExplained()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshOptions o = keysOnly();
    o.useDefaultKeys = false;
    SshTarget t = target();
    t.identityFiles = {m_sshd->reported(QStringLiteral("RSA_KEY"))};
    auto c = engine.open(t, o);
    Recorder r;
    c->close();
    runToEnd(c.get(), r);
    if (r.failure.ok())
        QSKIP("this libssh2 signs RSA with SHA-2: nothing to explain");
    QCOMPARE(r.failure.kind, SshFailure::Auth);
    QVERIFY2(r.failure.error.message.contains(QLatin1String("ed25519")), qPrintable(r.failure.error.message));
    QVERIFY(r.failure.error.message.contains(QLatin1String("SHA-1")));
}

void tst_SshConnection::unknownKeyRefusedThenAccepted()
{
    const QString own = m_tmp.filePath(QStringLiteral("own_known_hosts"));
    KnownHostsStore store({knownHostsWith("# nothing here")}, own);
    SshEngine engine(store);
    SshOptions o = keysOnly();
    Recorder refused;
    auto c = engine.open(target(QStringLiteral("127.0.0.3")), o);
    const quint64 s = c->exec(QStringLiteral("true"));
    runToEnd(c.get(), refused);
    QCOMPARE(refused.failure.kind, SshFailure::HostKeyUnknown);
    QCOMPARE(refused.failure.error.code, Error::Code::Refused);
    QCOMPARE(refused.failure.hostKey.fingerprint(), m_sshd->reported(QStringLiteral("HOST_FINGERPRINT")));
    QVERIFY(refused.failure.error.message.contains(m_sshd->reported(QStringLiteral("HOST_FINGERPRINT"))));
    QCOMPARE(refused.results[s].error.kind, SshFailure::HostKeyUnknown); // the queued step failed with it
    QVERIFY(!QFile::exists(own));

    o.hostKeyPolicy = HostKeyPolicy::AcceptNew;
    Recorder accepted;
    c = engine.open(target(QStringLiteral("127.0.0.3")), o);
    c->close();
    runToEnd(c.get(), accepted);
    QVERIFY2(accepted.failure.ok(), qPrintable(accepted.failure.error.message));
    QFile f(own);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray written = f.readAll();
    QCOMPARE(written, QByteArray("[127.0.0.3]:") + QByteArray::number(m_port) + ' ' + hostKeyLine() + '\n');

    o.hostKeyPolicy = HostKeyPolicy::Refuse; // now known
    Recorder known;
    c = engine.open(target(QStringLiteral("127.0.0.3")), o);
    c->close();
    runToEnd(c.get(), known);
    QVERIFY2(known.failure.ok(), qPrintable(known.failure.error.message));
}

void tst_SshConnection::changedKeyRefused()
{
    // Another ed25519 key on file for this host, on line 2.
    const QByteArray other =
        "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";
    const QString file = knownHostsWith("[127.0.0.4]:" + QByteArray::number(m_port) + ' ' + other);
    KnownHostsStore store({file}, m_tmp.filePath(QStringLiteral("own_changed")));
    SshEngine engine(store);
    SshOptions o = keysOnly();
    o.hostKeyPolicy = HostKeyPolicy::AcceptNew; // never overrides a changed key
    Recorder r;
    auto c = engine.open(target(QStringLiteral("127.0.0.4")), o);
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::HostKeyChanged);
    QCOMPARE(r.failure.knownFile, file);
    QCOMPARE(r.failure.knownLine, 2);
    QCOMPARE(r.failure.oldFingerprint, QStringLiteral("SHA256:+DiY3wvvV6TuJJhbpZisF/zLDA0zPMSvHdkr4UvCOqU"));
    const QString msg = r.failure.error.message;
    QVERIFY2(msg.contains(r.failure.oldFingerprint) &&
                 msg.contains(m_sshd->reported(QStringLiteral("HOST_FINGERPRINT"))) &&
                 msg.contains(file + QStringLiteral(":2")),
             qPrintable(msg));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("own_changed"))));
}

void tst_SshConnection::revokedKeyRefused()
{
    const QString file = knownHostsWith("@revoked * " + hostKeyLine());
    KnownHostsStore store({file}, m_trusted); // revoked wins over a line that trusts it
    SshEngine engine(store);
    Recorder r;
    auto c = engine.open(target(QStringLiteral("127.0.0.5")), keysOnly());
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::HostKeyRevoked);
    QVERIFY2(r.failure.error.message.contains(QLatin1String("@revoked")),
             qPrintable(r.failure.error.message));
    QCOMPARE(r.failure.knownLine, 2);
}

void tst_SshConnection::connectionRefused()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshTarget t = target();
    t.port = opsdeck::test::freeTcpPort();
    Recorder r;
    auto c = engine.open(t, keysOnly());
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::Refused);
    QVERIFY2(r.failure.error.message.contains(QLatin1String("refused")), qPrintable(r.failure.error.message));
}

void tst_SshConnection::dnsFailure()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    Recorder r;
    auto c = engine.open(target(QStringLiteral("no-such-host.invalid")), keysOnly());
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::Dns);
    QVERIFY2(r.failure.error.message.contains(QLatin1String("no-such-host.invalid")),
             qPrintable(r.failure.error.message));
}

void tst_SshConnection::silentHostTimesOut()
{
    QTcpServer silent; // accepts, never says a word
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshTarget t = target();
    t.port = silent.serverPort();
    SshOptions o = keysOnly();
    o.connectTimeoutMs = 1000;
    Recorder r;
    auto c = engine.open(t, o);
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::Timeout);
    QVERIFY2(r.failure.error.message.contains(QLatin1String("handshake")),
             qPrintable(r.failure.error.message));
}

void tst_SshConnection::execOnManyHostsConcurrently()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store, nullptr, 2);
    QList<SshConnectionPtr> conns;
    std::vector<Recorder> recs(19);
    QList<quint64> steps;
    for (int i = 2; i <= 20; ++i) {
        auto c = engine.open(target(QStringLiteral("127.0.0.%1").arg(i)), keysOnly());
        recs[i - 2].attach(c.get());
        steps.append(c->exec(QStringLiteral("for n in 1 2 3; do echo out$n; echo err$n >&2; done; "
                                            "echo $SSH_CONNECTION | cut -d' ' -f3; exit %1")
                                 .arg(i)));
        c->close();
        conns.append(c);
    }
    for (auto& c : conns)
        c->start();
    for (int i = 0; i < int(recs.size()); ++i) {
        QTRY_VERIFY_WITH_TIMEOUT(recs[i].closed, 60000);
        QVERIFY2(recs[i].failure.ok(), qPrintable(recs[i].failure.error.message));
        const SshStepResult res = recs[i].results.value(steps[i]);
        QCOMPARE(res.exitStatus, i + 2);
        QVERIFY(!res.ok());
        QCOMPARE(recs[i].out[steps[i]],
                 QByteArray("out1\nout2\nout3\n127.0.0.") + QByteArray::number(i + 2) + '\n');
        QCOMPARE(recs[i].err[steps[i]], QByteArray("err1\nerr2\nerr3\n"));
    }
}

void tst_SshConnection::uploadWithProgressAndChecksum()
{
    QByteArray data;
    for (int i = 0; data.size() < 5 * 1024 * 1024; ++i)
        data += QCryptographicHash::hash(QByteArray::number(i), QCryptographicHash::Sha256);
    const QString local = m_tmp.filePath(QStringLiteral("payload.bin"));
    QFile f(local);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(data);
    f.close();
    const QString remote = m_tmp.filePath(QStringLiteral("arrived it's.bin")); // a quote in the name
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    auto c = engine.open(target(QStringLiteral("127.0.0.6")), keysOnly());
    Recorder r;
    const quint64 up = c->upload(local, remote, 0640);
    const quint64 ls = c->exec(QStringLiteral("stat -c %a ") + shellQuote(remote));
    c->close();
    runToEnd(c.get(), r);
    QVERIFY2(r.failure.ok(), qPrintable(r.failure.error.message));
    QVERIFY2(r.results[up].ok(), qPrintable(r.results[up].error.error.message));
    QCOMPARE(r.results[up].sha256, QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QVERIFY(r.progress.size() >= 5);
    QCOMPARE(r.progress.last(), qint64(data.size()));
    QVERIFY(std::is_sorted(r.progress.begin(), r.progress.end()));
    QCOMPARE(r.out[ls], QByteArray("640\n"));
    QFile arrived(remote);
    QVERIFY(arrived.open(QIODevice::ReadOnly));
    QCOMPARE(arrived.readAll(), data);

    Recorder wrong; // a caller's digest that is not the file's: the check fails, the connection goes on
    auto c3 = engine.open(target(QStringLiteral("127.0.0.6")), keysOnly());
    const quint64 bad3 = c3->upload(local, remote, 0644, QByteArray(64, 'a'));
    const quint64 good3 = c3->upload(local, remote, 0644, r.results[up].sha256.toUpper());
    c3->close();
    runToEnd(c3.get(), wrong);
    QCOMPARE(wrong.results[bad3].error.kind, SshFailure::Verify);
    QVERIFY2(wrong.results[bad3].error.error.message.contains(QLatin1String("damaged")),
             qPrintable(wrong.results[bad3].error.error.message));
    QVERIFY2(wrong.results[good3].ok(), qPrintable(wrong.results[good3].error.error.message));

    Recorder missing; // a local file that is not there: that step fails, the next runs
    auto c2 = engine.open(target(QStringLiteral("127.0.0.6")), keysOnly());
    const quint64 bad = c2->upload(m_tmp.filePath(QStringLiteral("nope")), remote);
    const quint64 after = c2->exec(QStringLiteral("echo still"));
    c2->close();
    runToEnd(c2.get(), missing);
    QCOMPARE(missing.results[bad].error.kind, SshFailure::Local);
    QCOMPARE(missing.out[after], QByteArray("still\n"));
}

void tst_SshConnection::cancelMidExec()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    auto c = engine.open(target(QStringLiteral("127.0.0.7")), keysOnly());
    Recorder r;
    r.attach(c.get());
    const quint64 s = c->exec(QStringLiteral("echo started; exec sleep 60"));
    const quint64 queued = c->exec(QStringLiteral("echo never"));
    c->start();
    QTRY_COMPARE_WITH_TIMEOUT(r.out[s], QByteArray("started\n"), 30000);
    c->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(r.closed, 10000);
    QCOMPARE(r.failure.kind, SshFailure::Cancelled);
    QCOMPARE(r.results[s].error.kind, SshFailure::Cancelled);
    QCOMPARE(r.results[queued].error.kind, SshFailure::Cancelled);
    QVERIFY(r.out[queued].isEmpty());
}

void tst_SshConnection::connectionDropsMidExec()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    auto c = engine.open(target(QStringLiteral("127.0.0.8")), keysOnly());
    Recorder r;
    // The command kills the sshd process serving this connection: the host is gone mid-step.
    const quint64 s = c->exec(QStringLiteral("echo before; kill -9 $PPID; sleep 30"));
    const quint64 queued = c->exec(QStringLiteral("echo never"));
    runToEnd(c.get(), r);
    QCOMPARE(r.failure.kind, SshFailure::Network);
    QCOMPARE(r.results[s].error.kind, SshFailure::Network);
    QCOMPARE(r.results[queued].error.kind, SshFailure::Network);
    QVERIFY(r.out[queued].isEmpty());
    QVERIFY2(!r.failure.error.message.isEmpty(), "a reason");
}

// The sshd process serving the connection is stopped (SIGSTOP): the TCP connection stays
// up, nothing answers. Unanswered keepalives end the step as a timeout in seconds.
void tst_SshConnection::silentPeerMidExecTimesOut()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshOptions o = keysOnly();
    o.keepaliveSeconds = 1;
    o.keepaliveCountMax = 2; // 3 s of silence
    auto c = engine.open(target(QStringLiteral("127.0.0.12")), o);
    Recorder r;
    // The host falls silent (its sshd stopped) once the test has seen its first line and
    // says so by creating `go`; it wakes again later (so no stopped sshd outlives the
    // test), by when we are gone.
    const QString go = m_tmp.filePath(QStringLiteral("silent-peer-go"));
    const quint64 s = c->exec(QStringLiteral("echo before; (sleep 10; kill -CONT $PPID) >/dev/null 2>&1 & "
                                             "while [ ! -e '%1' ]; do sleep 0.05; done; kill -STOP $PPID; "
                                             "sleep 30")
                                  .arg(go));
    QObject::connect(c.get(), &SshConnection::output, r.context.get(),
                     [go](quint64, SshStream, const QByteArray& d) {
                         if (d.contains("before"))
                             QFile(go).open(QIODevice::WriteOnly);
                     });
    runToEnd(c.get(), r); // without the check: the host wakes at 10 s and the step runs on
    QCOMPARE(r.failure.kind, SshFailure::Timeout);
    QCOMPARE(r.results[s].error.kind, SshFailure::Timeout);
    QVERIFY2(r.failure.error.message.contains(QStringLiteral("stopped answering")),
             qPrintable(r.failure.error.message));
    QCOMPARE(r.out[s], QByteArray("before\n"));
}

// A step that prints nothing for several keepalive intervals is not a dead peer: sshd
// answers the keepalives.
void tst_SshConnection::quietButAliveStepIsKept()
{
    KnownHostsStore store({}, m_trusted);
    SshEngine engine(store);
    SshOptions o = keysOnly();
    o.keepaliveSeconds = 2;  // libssh2 sends at most every 2 s
    o.keepaliveCountMax = 1; // 4 s of silence would fail it
    auto c = engine.open(target(QStringLiteral("127.0.0.13")), o);
    Recorder r;
    const quint64 s = c->exec(QStringLiteral("sleep 7; echo alive"));
    c->close();
    runToEnd(c.get(), r);
    QVERIFY2(r.failure.ok(), qPrintable(r.failure.error.message));
    QCOMPARE(r.results[s].exitStatus, 0);
    QCOMPARE(r.out[s], QByteArray("alive\n"));
}

void tst_SshConnection::noLeakedSockets()
{
    KnownHostsStore store({}, m_trusted);
    const int before = openFds();
    SshConnectionPtr survivor; // outlives its engine: the engine closes its socket
    {
        SshEngine engine(store);
        Recorder survivorRec;
        survivor = engine.open(target(QStringLiteral("127.0.0.9")), keysOnly());
        survivorRec.attach(survivor.get());
        survivor->start();
        QTRY_VERIFY_WITH_TIMEOUT(survivorRec.ready, 30000);
        std::vector<Recorder> recs(10);
        QList<SshConnectionPtr> conns;
        for (int i = 0; i < 10; ++i) {
            auto c = engine.open(target(QStringLiteral("127.0.0.%1").arg(10 + i)), keysOnly());
            recs[i].attach(c.get());
            c->exec(QStringLiteral("true"));
            c->upload(QStringLiteral("/etc/hostname"), m_tmp.filePath(QStringLiteral("h%1").arg(i)));
            if (i % 2)
                c->close(); // the others are dropped with the shared pointer mid-way
            c->start();
            conns.append(c);
        }
        for (int i = 1; i < 10; i += 2)
            QTRY_VERIFY_WITH_TIMEOUT(recs[i].closed, 30000);
        conns.clear();
    }
    QCOMPARE(openFds(), before);
    survivor.reset();
}

QTEST_GUILESS_MAIN(tst_SshConnection)
#include "tst_sshconnection.moc"
