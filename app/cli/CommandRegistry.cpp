#include "cli/CommandRegistry.h"

#include "sources/BlockingKeychain.h"
#include "DatabaseUnlock.h"
#include "cli/CliCredentials.h"
#include "db/DatabaseLogin.h"
#include "db/DatabaseUrl.h"

#include <QMap>
#include <algorithm>

namespace opsdeck::cli {

namespace {
QMap<QString, Command>& registry()
{
    static QMap<QString, Command> commands;
    return commands;
}
} // namespace

bool CommandRegistry::add(Command command)
{
    registry().insert(command.noun, std::move(command));
    return true;
}

const Command* CommandRegistry::find(const QString& noun)
{
    auto it = registry().constFind(noun);
    return it == registry().constEnd() ? nullptr : &*it;
}

const Command* CommandRegistry::resolve(const QStringList& words)
{
    if (words.size() >= 2)
        if (const Command* c = find(words.at(0) + QLatin1Char(' ') + words.at(1)))
            return c;
    return words.isEmpty() ? nullptr : find(words.first());
}

QList<Command> CommandRegistry::all()
{
    return registry().values();
}

QStringList CommandRegistry::verbsOf(const QString& noun)
{
    QStringList verbs;
    const QString prefix = noun + QLatin1Char(' ');
    for (auto it = registry().constBegin(); it != registry().constEnd(); ++it)
        if (it.key().startsWith(prefix))
            verbs << it.key().mid(prefix.size());
    return verbs;
}

Result<std::shared_ptr<Database>> CliContext::database()
{
    if (m_db)
        return m_db;
    // A shared database's password: none, the keychain's, or asked on the terminal.
    auto unlocked = DatabaseUnlock::unlock(
        dbPath, [](const DatabaseUrl& url, bool retry) -> Result<DatabaseUnlock::Answer> {
            const QString prompt =
                (retry ? tr("(wrong, try again) ") : QString()) + tr("Password for %1: ").arg(url.display());
            const Error noTerminal = Error::refused(
                tr("%1 asks for a password and there is no terminal to ask it on: store it in the keychain "
                   "(opsdeck db set-password, entry %2) or in ~/.pgpass")
                    .arg(url.display(), DatabaseLogin::secretName(url)));
            auto typed = CliCredentials::readTerminal({}, prompt, noTerminal);
            if (!typed.ok())
                return typed.error();
            if (typed->isEmpty())
                return Error::refused(tr("nothing typed for %1").arg(url.display()));
            return DatabaseUnlock::Answer{*typed, BlockingKeychain::isAvailable()};
        });
    if (!unlocked.ok())
        return unlocked.error();
    if (!unlocked->notice.isEmpty())
        err << "opsdeck: " << unlocked->notice << Qt::endl;
    auto opened = Database::open(dbPath, Database::Options{}, unlocked->password);
    if (!opened.ok())
        return opened.error();
    m_db = *opened;
    return m_db;
}

Result<std::shared_ptr<Database>> CliContext::metricsDatabase()
{
    const QString local = Database::localPathFor(dbPath);
    if (local == dbPath)
        return database();
    if (m_metricsDb)
        return m_metricsDb;
    auto opened = Database::open(local);
    if (!opened.ok())
        return opened.error();
    m_metricsDb = *opened;
    return m_metricsDb;
}

Status CliContext::require(Capability needed, const QString& what)
{
    if (needed == Capability::View || !DatabaseUrl::isUrl(dbPath))
        return {};
    auto db = database();
    if (!db.ok())
        return db.error();
    if (!m_access)
        m_access = std::make_unique<TeamAccess>(*db);
    return m_access->require(needed, what);
}

int CliContext::fail(const Error& error)
{
    err << "opsdeck: " << error.message << Qt::endl;
    if (error.code == Error::Code::Usage && !usageText.isEmpty()) {
        err << usageText;
        err.flush();
    }
    return error.exitCode();
}

} // namespace opsdeck::cli
