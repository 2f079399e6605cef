// opsdeck: with no sub-command it opens the window; with one it runs headless.

#include "AppTranslator.h"
#ifndef OPSDECK_EXPORT_ONLY
#include "GuiMain.h"
#endif
#include "cli/CommandRegistry.h"
#include "cli/VerbTable.h"
#include "db/Database.h"
#include "opsdeck/BuildInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace opsdeck;

namespace {

struct GlobalOptions
{
    QString db;
    QString lang;
    bool version = false;
    bool help = false;
    QStringList rest; // the noun and everything after it
    QString error;
};

// Takes --db, --lang, --version and --help (before the noun) out of the command line.
GlobalOptions parseGlobal(int argc, char** argv)
{
    GlobalOptions g;
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto takeValue = [&](const QString& name, QString& into) -> bool {
            if (a == name) {
                if (i + 1 >= args.size()) {
                    g.error = QCoreApplication::translate("main", "%1 needs a value").arg(name);
                    return true;
                }
                into = args.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                into = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--db"), g.db) || takeValue(QStringLiteral("--lang"), g.lang))
            continue;
        if (!g.rest.isEmpty()) {
            g.rest << a;
            continue;
        }
        if (a == QLatin1String("--version") || a == QLatin1String("-V"))
            g.version = true;
        else if (a == QLatin1String("--help") || a == QLatin1String("-h"))
            g.help = true;
        else if (a.startsWith(QLatin1Char('-')) && a != QLatin1String("-"))
            g.error = QCoreApplication::translate("main", "unknown option %1; see opsdeck --help").arg(a);
        else
            g.rest << a;
    }
    return g;
}

void printHelp(QTextStream& out)
{
    out << QCoreApplication::translate("main",
                                       "Usage: opsdeck [--db PATH] [--lang LOCALE] [COMMAND [ARGS...]]\n"
                                       "With no command, opens the Opsdeck window.\n\n"
                                       "Global options:\n"
                                       "  --db PATH      database file or postgresql://USER@HOST/DBNAME (else $OPSDECK_DB, else the data folder)\n"
                                       "  --lang LOCALE  language of the interface (en, zh_CN, ja_JP)\n"
                                       "  --version      print the version and exit\n\n"
                                       "Commands:\n");
    for (const auto& c : cli::CommandRegistry::all())
        out << "  " << c.noun.leftJustified(20) << "  " << QCoreApplication::translate("commands", c.summary.toUtf8().constData())
            << '\n';
    out << QCoreApplication::translate("main", "\nRun 'opsdeck COMMAND --help' for a command's options.\n");
    out.flush();
}

// A GUI application warns on stderr when XDG_RUNTIME_DIR is unset (cron, ssh without a
// session); nothing a headless command uses lives there, so the warning is not shown.
QtMessageHandler previousHandler = nullptr;

void hideRuntimeDirWarning()
{
    previousHandler = qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context,
                                                const QString& message) {
        if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
            return;
        if (previousHandler)
            previousHandler(type, context, message);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("opsdeck"));
    QCoreApplication::setApplicationName(QStringLiteral("opsdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION_STRING));

    // stderr is for errors people act on: progress notes only when asked for
    // (QT_LOGGING_RULES="opsdeck.*.info=true").
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("opsdeck.*.info=false\nopsdeck.*.debug=false"));

    const GlobalOptions g = parseGlobal(argc, argv);
#ifndef OPSDECK_EXPORT_ONLY
    const bool headless = g.version || g.help || !g.rest.isEmpty() || !g.error.isEmpty();
    if (!headless)
        return runGui(argc, argv, Database::resolvePath(g.db), g.lang);
#endif
    // opsdeck-export (app/launcher) is this file too, with the export commands alone and
    // no window: run by itself without a command it prints their help.

    // A command that paints (export) gets a QGuiApplication, offscreen unless a platform
    // was asked for: it must run without a display.
    const cli::Command* command = g.rest.isEmpty() ? nullptr : cli::CommandRegistry::resolve(g.rest);
    const bool paints = command && command->needsGui && g.error.isEmpty() && !g.help && !g.version;
    if (paints && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (paints)
        hideRuntimeDirWarning();
    std::unique_ptr<QCoreApplication> appObject = paints ? std::make_unique<QGuiApplication>(argc, argv)
                                                         : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *appObject;
    installAppTranslator(app, g.lang);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!g.error.isEmpty()) {
        err << "opsdeck: " << g.error << Qt::endl;
        return 2;
    }
    if (g.version) {
        out << "opsdeck " << OPSDECK_VERSION_STRING << Qt::endl;
        return 0;
    }
    if (g.help || g.rest.isEmpty()) {
        printHelp(out);
        return 0;
    }
    cli::CliContext ctx(g.rest, Database::resolvePath(g.db), out, err);
    if (!command) {
        // A noun that exists only as "noun verb" entries, without a known verb.
        if (const QStringList verbs = cli::CommandRegistry::verbsOf(g.rest.first()); !verbs.isEmpty())
            return cli::VerbTable::runNoun(ctx, g.rest.first(), verbs);
        err << "opsdeck: "
            << QCoreApplication::translate("main", "unknown command '%1'; see opsdeck --help").arg(g.rest.first())
            << Qt::endl;
        return 2;
    }
    const int rc = command->run(ctx);
    out.flush();
    err.flush();
    return rc;
}
