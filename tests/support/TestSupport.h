#pragma once

#include "db/Database.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

// A test that needs an outside program (a server package, ansible-core, openssl) skips
// when it is missing on a developer's machine, but fails where the suite promises them:
// `packaging/dev.sh test` (and so CI) installs every one and sets OPSDECK_REQUIRE_TOOLS=1.
#define OPSDECK_SKIP_OR_FAIL(message)                                                                        \
    do {                                                                                                     \
        if (qEnvironmentVariableIsSet("OPSDECK_REQUIRE_TOOLS"))                                              \
            QFAIL(message);                                                                                  \
        QSKIP(message);                                                                                      \
    } while (false)

namespace opsdeck::test {

// A fresh database in a temporary folder, removed with the object.
class TempDatabase
{
public:
    TempDatabase();
    QString path() const { return m_dir.filePath(QStringLiteral("opsdeck.sqlite")); }
    std::shared_ptr<Database> db() const { return m_db; }
    Database& operator*() const { return *m_db; }
    Database* operator->() const { return m_db.get(); }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<Database> m_db;
};

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built `opsdeck` binary headless with `args` (and no display).
CliRun runCli(const QStringList& args, const QByteArray& stdinData = {}, int timeoutMs = 60000);

// A TCP port on 127.0.0.1 that nothing listens on right now.
quint16 freeTcpPort();

// The contents of tests/data/<relative>.
QByteArray testData(const QString& relative);

// True in a benchmark's smoke run (ctest), false when run by hand at full size.
bool benchSmoke();

// Names the application (organisation `organization`) and points QSettings, in both
// formats and the user scope, at `folder`: a test never reads or writes the user's
// settings, and each test's settings start from what it writes there.
void isolateSettings(const QString& folder, const QString& applicationName,
                     const QString& organization = QStringLiteral("opsdeck-test"));

} // namespace opsdeck::test
