#pragma once

#include "db/Database.h"
#include "db/TeamRole.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>
#include <optional>

namespace opsdeck::cli {

// What a sub-command gets: its own arguments (the noun is args[0]) and the global
// options already taken out of the command line.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)
public:
    CliContext(QStringList args, QString dbPath, QTextStream& out, QTextStream& err)
        : args(std::move(args)), dbPath(std::move(dbPath)), out(out), err(err)
    {}

    QStringList args;
    QString
        dbPath; // already resolved: --db, $OPSDECK_DB or the data directory (a path or a postgresql:// URL)
    QTextStream& out;
    QTextStream& err;

    // The usage lines of the command being run (set by its VerbTable): a usage error
    // (exit 2) prints them on stderr after its message.
    QString usageText;

    // Opens (and migrates) the database once; later calls return the same one.
    // A command calls it only after its VerbTable has checked every option.
    Result<std::shared_ptr<Database>> database();
    // Where the metrics cache is: database() itself when that is a SQLite file, else the
    // local default file (a console on a shared PostgreSQL database keeps its metrics
    // local). Opened once, like database().
    Result<std::shared_ptr<Database>> metricsDatabase();

    // Prints "opsdeck: <message>" on stderr (and usageText after a usage error) and
    // returns the error's exit code.
    int fail(const Error& error);
    int usage(const QString& message) { return fail(Error::usage(message)); }

    // Error::refused when the connected user may not do `what` on a team database
    // (TeamAccess, asked once); always fine for View and on a local SQLite file, which
    // is then not even opened. VerbTable calls it before a verb runs.
    Status require(Capability needed, const QString& what);

private:
    std::shared_ptr<Database> m_db;
    std::unique_ptr<TeamAccess> m_access;
    std::shared_ptr<Database> m_metricsDb;
};

struct Command
{
    QString noun;                        // "collect", "machine", or "noun verb" ("metrics poll")
    QString summary;                     // one line for `opsdeck --help`
    std::function<int(CliContext&)> run; // returns the process exit code
    // Runs with a QGuiApplication (fonts, painting), on the offscreen platform when no
    // QPA platform is given, so it needs no display (`export`).
    bool needsGui = false;
};

// Sub-commands register themselves from their own source file (OPSDECK_COMMAND), so
// adding a noun touches no shared list. A "noun verb" entry (OPSDECK_COMMAND("metrics
// poll", ...)) lets two files share a noun; it wins over a plain "noun" entry.
class CommandRegistry
{
public:
    static bool add(Command command);
    static const Command* find(const QString& noun);
    // The command for a command line's words: "noun verb" if registered, else "noun".
    static const Command* resolve(const QStringList& words);
    static QList<Command> all();
    // The verbs of a noun registered only as "noun verb" entries ("metrics": poll, query, ...).
    static QStringList verbsOf(const QString& noun);
};

} // namespace opsdeck::cli

#define OPSDECK_CONCAT_INNER(a, b) a##b
#define OPSDECK_CONCAT(a, b) OPSDECK_CONCAT_INNER(a, b)
#define OPSDECK_COMMAND(noun, summary, fn)                                                                   \
    static const bool OPSDECK_CONCAT(opsdeckCommandRegistered_, __LINE__) =                                  \
        ::opsdeck::cli::CommandRegistry::add({QStringLiteral(noun), QStringLiteral(summary), fn})
// A command that paints (OPSDECK_COMMAND otherwise): main() gives it a QGuiApplication.
#define OPSDECK_GUI_COMMAND(noun, summary, fn)                                                               \
    static const bool OPSDECK_CONCAT(opsdeckCommandRegistered_, __LINE__) =                                  \
        ::opsdeck::cli::CommandRegistry::add({QStringLiteral(noun), QStringLiteral(summary), fn, true})
