#include "cli/CommandRegistry.h"

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

Result<std::shared_ptr<Database>> CliContext::database()
{
    if (m_db)
        return m_db;
    auto opened = Database::open(dbPath);
    if (!opened.ok())
        return opened.error();
    m_db = *opened;
    return m_db;
}

std::optional<int> CliContext::parse(QCommandLineParser& parser)
{
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QString text = parser.helpText();
        // The usage line names the binary's path; name the command instead.
        const qsizetype end = text.indexOf(QLatin1String(" ["));
        if (text.startsWith(QLatin1String("Usage: ")) && end > 0) {
            QStringList words{QStringLiteral("opsdeck"), args.value(0)};
            if (args.size() > 1 && !args.at(1).startsWith(QLatin1Char('-')) &&
                CommandRegistry::find(args.at(0) + QLatin1Char(' ') + args.at(1)))
                words << args.at(1);
            text.replace(7, end - 7, words.join(QLatin1Char(' ')));
        }
        out << text;
        out.flush();
        return 0;
    }
    return std::nullopt;
}

int CliContext::fail(const Error& error)
{
    err << "opsdeck: " << error.message << Qt::endl;
    return error.exitCode();
}

} // namespace opsdeck::cli
