#pragma once

#include "TestSupport.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace opsdeck::test {

// A real server started by one of tests/integration/scripts/*.sh in a temporary folder
// and stopped (by the same script) when the object goes. Later helpers reuse these for
// their own integration tests.
class RealServer
{
public:
    // `script` is the file name under tests/integration/scripts; `args` follow
    // "start DIR". Check started() (and skipped(): the Debian package is missing).
    RealServer(const QString& script, const QStringList& args);
    ~RealServer();
    RealServer(const RealServer&) = delete;
    RealServer& operator=(const RealServer&) = delete;

    bool started() const { return m_started; }
    bool skipped() const { return m_skipped; }
    QString dir() const { return m_dir.path(); }
    QString output() const { return m_output; } // what the start script printed
    // Runs the script's `verb` on the started server ("stop", and what else the script
    // offers, e.g. postgres.sh's "resume"); false (and a warning with its output) on failure.
    bool control(const QString& verb) const;
    // The value of a "KEY=value" line the start script printed (empty when there is none).
    QString reported(const QString& key) const;

private:
    QString m_script;
    QTemporaryDir m_dir;
    bool m_started = false;
    bool m_skipped = false;
    QString m_output;
};

// The client's side of a started sshd.sh for this test process and every opsdeck it
// starts: HOME=`home` with .ssh/id_ed25519 the server's test key, Opsdeck's data folder
// (its known_hosts) and OPSDECK_DB under `home`, no ssh-agent. False when the key cannot
// be copied.
bool prepareSshClientHome(const RealServer& sshd, const QString& home);

// The client's side of a started postgres.sh for this test process and every opsdeck it
// starts: the password only in `home`/.pgpass (libpq's format, mode 0600; HOME must point
// there), never in the URL or the environment (PGPASSWORD and PGPASSFILE are unset).
// Returns the postgresql:// URL, or an empty string when .pgpass cannot be written.
QString preparePostgresClient(const RealServer& pg, const QString& home);

// A libpq password file at `path` (mode 0600) for every database on a started postgres.sh
// as its superuser, for a test that makes databases of its own (TestDatabase). False when
// it cannot be written.
bool writePostgresPassFile(const RealServer& pg, const QString& path);

// The postgresql:// URL of database `dbname` on a started postgres.sh, as its superuser.
QString postgresUrl(const RealServer& pg, const QString& dbname);

// An OpenSSH known_hosts file at `path` trusting a started sshd.sh's host key on every
// loopback "host" ([127.0.0.*]:PORT). False when a file cannot be read or written.
bool writeSshdKnownHosts(const RealServer& sshd, const QString& path);

// GET http://127.0.0.1:PORT/PATH and return the body (empty on any failure).
QByteArray httpGet(const QString& url, int timeoutMs = 10000);

} // namespace opsdeck::test

// Skips the test when the server's package is missing, fails it when it did not start.
#define OPSDECK_REQUIRE_SERVER(server)                                                                       \
    do {                                                                                                     \
        if ((server).skipped())                                                                              \
            OPSDECK_SKIP_OR_FAIL(                                                                            \
                qPrintable(QStringLiteral("server package missing: ") + (server).output()));                 \
        QVERIFY2((server).started(), qPrintable((server).output()));                                         \
    } while (false)

// Starts a private PostgreSQL (postgres.sh on a free port, `args` after the port, e.g.
// "tls") into `server` (a std::unique_ptr<RealServer>), requires it as
// OPSDECK_REQUIRE_SERVER does, and sets `url` to its client URL with the password in
// `home`/.pgpass (preparePostgresClient). For a test slot (it may skip or fail).
#define OPSDECK_START_POSTGRES(server, url, home, ...)                                                       \
    do {                                                                                                     \
        (server) = std::make_unique<opsdeck::test::RealServer>(                                              \
            QStringLiteral("postgres.sh"),                                                                   \
            QStringList{QString::number(opsdeck::test::freeTcpPort())} + QStringList{__VA_ARGS__});          \
        OPSDECK_REQUIRE_SERVER(*(server));                                                                   \
        (url) = opsdeck::test::preparePostgresClient(*(server), (home));                                     \
        QVERIFY2(!(url).isEmpty(), "cannot write the test's .pgpass");                                       \
    } while (false)
