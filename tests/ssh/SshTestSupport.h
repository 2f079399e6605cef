#pragma once

// Shared by the tests that run one command over the SSH engine against sshd.sh with a
// given set of secrets (tst_keychainpassphrase, tst_secretprompt).

#include "RealServer.h"
#include "ssh/SshEngine.h"

#include <QFile>
#include <QTest>

namespace opsdeck::test {

// What one command printed on stdout, or "error: <message>" when the connection failed.
// `identityFile` empty: password authentication only (no agent, no default keys).
inline QString runOnce(ssh::SshEngine& engine, const RealServer& sshd, quint16 port,
                       const QString& identityFile, const QString& command)
{
    ssh::SshTarget t;
    t.host = QStringLiteral("127.0.0.1");
    t.port = port;
    t.user = sshd.reported(QStringLiteral("USER"));
    if (!identityFile.isEmpty())
        t.identityFiles = {identityFile};
    ssh::SshOptions o;
    o.useAgent = false;
    o.useDefaultKeys = false;
    auto c = engine.open(t, o);
    QString out;
    bool closed = false;
    QObject context;
    QObject::connect(c.get(), &ssh::SshConnection::output, &context,
                     [&](quint64, ssh::SshStream, const QByteArray& d) { out += QString::fromUtf8(d); });
    QObject::connect(c.get(), &ssh::SshConnection::failed, &context,
                     [&](const ssh::SshError& e) { out += QStringLiteral("error: ") + e.error.message; });
    QObject::connect(c.get(), &ssh::SshConnection::closed, &context, [&] { closed = true; });
    c->exec(command);
    c->close();
    c->start();
    if (!QTest::qWaitFor([&] { return closed; }, 60000))
        out += QStringLiteral("error: the connection did not end");
    return out;
}

} // namespace opsdeck::test
