#pragma once

#include "cli/CommandRegistry.h"
#include "cli/Output.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace opsdeck::cli {

// Checks an option's value; an Error::usage names the option and what it takes.
using ValueCheck = std::function<Status(const QString& option, const QString& value)>;

// The value checks the commands share.
namespace check {
ValueCheck format();                          // json, csv, table or text
ValueCheck number(qint64 min, qint64 max);    // a whole number in [min, max]
ValueCheck port();                            // 1..65535
ValueCheck time();                            // TimeSpec::parseTime
ValueCheck duration();                        // TimeSpec::parseDuration
ValueCheck oneOf(const QStringList& choices); // case-insensitive
ValueCheck size(qint64 min);                  // parseByteSize, at least `min` bytes
} // namespace check

// "65536", "64K", "512M", "1.5G", "1T" (K, M, G, T are powers of 1024; a trailing "B" or
// "iB" is allowed) as bytes; nullopt for anything else. The one size reader of the CLI.
std::optional<qint64> parseByteSize(const QString& text);

struct OptionSpec
{
    OptionSpec(QString name, QString description, QString valueName = {}, ValueCheck check = {})
        : name(std::move(name)), description(std::move(description)), valueName(std::move(valueName)),
          check(std::move(check))
    {}

    QString name;        // without the dashes
    QString description; // translated
    QString valueName;   // empty for a flag
    ValueCheck check;    // empty: any text
};

using VerbHandler =
    std::function<int(CliContext& ctx, const QCommandLineParser& options, const QStringList& args)>;

struct VerbSpec
{
    QString name;        // empty when the command takes no verb ("collect", "metrics poll")
    QString synopsis;    // what follows the verb in the usage line: "NAME --address ADDR [--port N]"
    QStringList options; // the options this verb takes (names from the table's options)
    VerbHandler run;     // `args` are the words after the verb
};

// One command's grammar: `opsdeck <command> [verb] [args] [options]`. It parses the whole
// command line and checks every option against the verb and every value with its check
// before the handler runs, so a handler that opens the database only meets good input.
// A missing or unknown verb, an unknown option, an option the verb does not take or a bad
// value is a usage error: "opsdeck: <what>" and the usage lines on stderr, exit 2.
// `--help` prints the options and the usage lines on stdout, exit 0.
class VerbTable
{
    Q_DECLARE_TR_FUNCTIONS(VerbTable)
public:
    // `command` as registered: "machine", or "metrics poll" for a noun shared by files.
    explicit VerbTable(QString command, QString description = {});

    VerbTable& option(OptionSpec option);
    VerbTable& verb(VerbSpec verb);

    int run(CliContext& ctx) const;

    // "usage: opsdeck <command> <verb> <synopsis>", one line a verb (or only `verb`'s).
    QString usage(const QString& verb = {}) const;

    // Usage for a noun that exists only as "noun verb" entries ("metrics"): missing or
    // unknown verb on stderr (exit 2), or the list on stdout for --help (exit 0).
    static int runNoun(CliContext& ctx, const QString& noun, const QStringList& verbs);

private:
    const VerbSpec* findVerb(const QString& name) const;
    QStringList usageLines(const QString& verb = {}) const;
    Status checkOptions(const QCommandLineParser& parser, const VerbSpec& verb) const;
    QString helpText(const QCommandLineParser& parser) const;

    QString m_command;
    QString m_description;
    QList<OptionSpec> m_options;
    QList<VerbSpec> m_verbs;
};

// The options many commands share.
OptionSpec formatOption(const QString& description = {}); // --format json|csv|table|text
OptionSpec reasonOption();                                // --reason TEXT, for the audit log
// --expect-version N: refuse (exit 3) unless the row (`what`: "the node") is still at N.
OptionSpec expectVersionOption(const QString& what);
// --expect-version as given, or nullopt.
std::optional<qint64> expectedVersionOf(const QCommandLineParser& options);

// --format as its check let it through; `fallback` when it is not given.
OutputFormat formatOf(const QCommandLineParser& options, OutputFormat fallback = OutputFormat::Table);

// A tree node path from the command line: surrounding '/' are dropped, so `/bench` is
// `bench` and `/` alone is the root (an empty path).
QString nodePathArgument(const QString& text);

} // namespace opsdeck::cli
