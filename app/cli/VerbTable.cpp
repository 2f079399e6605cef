#include "cli/VerbTable.h"

#include "cli/DbVerbAccess.h"
#include "cli/Output.h"
#include "util/Clock.h"
#include "util/TimeSpec.h"
#include "util/TreePath.h"

#include <cmath>
#include <limits>

namespace opsdeck::cli {

std::optional<qint64> parseByteSize(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.endsWith(QLatin1Char('B')) && t.size() > 1 && !t.at(t.size() - 2).isDigit())
        t.chop(1); // "8MB" as "8M"
    if (t.endsWith(QLatin1Char('I')))
        t.chop(1); // "8MI(B)" as "8M"
    double factor = 1;
    if (!t.isEmpty() && QStringLiteral("KMGT").contains(t.back())) {
        factor = std::pow(1024.0, double(QStringLiteral("KMGT").indexOf(t.back()) + 1));
        t.chop(1);
    }
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || !std::isfinite(v) || v * factor > 9e18)
        return std::nullopt;
    return qint64(std::llround(v * factor));
}

namespace check {

ValueCheck format()
{
    return [](const QString& option, const QString& value) -> Status {
        if (auto f = parseOutputFormat(value); !f.ok())
            return Error::usage(QStringLiteral("--%1: %2").arg(option, f.error().message));
        return {};
    };
}

ValueCheck size(qint64 min)
{
    return [min](const QString& option, const QString& value) -> Status {
        const auto n = parseByteSize(value);
        if (n && *n >= min)
            return {};
        return Error::usage(VerbTable::tr("--%1 takes a size of at least %2 bytes, such as 64K, 512M or 2G, "
                                          "not '%3'")
                                .arg(option)
                                .arg(min)
                                .arg(value));
    };
}

ValueCheck number(qint64 min, qint64 max)
{
    return [min, max](const QString& option, const QString& value) -> Status {
        bool ok = false;
        const qint64 n = value.trimmed().toLongLong(&ok);
        if (ok && n >= min && n <= max)
            return {};
        if (max >= std::numeric_limits<int>::max())
            return Error::usage(VerbTable::tr("--%1 takes a number of at least %2, not '%3'")
                                    .arg(option)
                                    .arg(min)
                                    .arg(value));
        return Error::usage(VerbTable::tr("--%1 takes a number from %2 to %3, not '%4'")
                                .arg(option)
                                .arg(min)
                                .arg(max)
                                .arg(value));
    };
}

ValueCheck port()
{
    return number(1, 65535);
}

ValueCheck time()
{
    return [](const QString& option, const QString& value) -> Status {
        if (auto t = TimeSpec::parseTime(value, Clock::system().nowSecs()); !t.ok())
            return Error::usage(QStringLiteral("--%1: %2").arg(option, t.error().message));
        return {};
    };
}

ValueCheck duration()
{
    return [](const QString& option, const QString& value) -> Status {
        if (auto d = TimeSpec::parseDuration(value); !d.ok())
            return Error::usage(QStringLiteral("--%1: %2").arg(option, d.error().message));
        return {};
    };
}

ValueCheck oneOf(const QStringList& choices)
{
    return [choices](const QString& option, const QString& value) -> Status {
        if (!choices.contains(value.trimmed(), Qt::CaseInsensitive))
            return Error::usage(
                VerbTable::tr("--%1 is %2, not '%3'").arg(option, choices.join(QStringLiteral(", ")), value));
        return {};
    };
}

} // namespace check

namespace {

// "usage: a", then "       b" under it.
QString usageBlock(const QStringList& lines)
{
    const QString head = VerbTable::tr("usage:") + QLatin1Char(' ');
    QString text;
    for (qsizetype i = 0; i < lines.size(); ++i)
        text += (i == 0 ? head : QString(head.size(), QLatin1Char(' '))) + lines.at(i) + QLatin1Char('\n');
    return text;
}

bool wantsHelp(const QStringList& args)
{
    return args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"));
}

} // namespace

VerbTable::VerbTable(QString command, QString description)
    : m_command(std::move(command)), m_description(std::move(description))
{}

VerbTable& VerbTable::option(OptionSpec option)
{
    m_options << std::move(option);
    return *this;
}

VerbTable& VerbTable::verb(VerbSpec verb)
{
    m_verbs << std::move(verb);
    return *this;
}

const VerbSpec* VerbTable::findVerb(const QString& name) const
{
    for (const VerbSpec& v : m_verbs)
        if (v.name == name)
            return &v;
    return nullptr;
}

QStringList VerbTable::usageLines(const QString& verb) const
{
    QStringList lines;
    for (const VerbSpec& v : m_verbs) {
        if (!verb.isEmpty() && v.name != verb)
            continue;
        QStringList words{QStringLiteral("opsdeck"), m_command};
        if (!v.name.isEmpty())
            words << v.name;
        if (!v.synopsis.isEmpty())
            words << v.synopsis;
        lines << words.join(QLatin1Char(' '));
    }
    return lines;
}

QString VerbTable::usage(const QString& verb) const
{
    return usageBlock(usageLines(verb)) + tr("Run 'opsdeck %1 --help' for the options.").arg(m_command) +
           QLatin1Char('\n');
}

Status VerbTable::checkOptions(const QCommandLineParser& parser, const VerbSpec& verb) const
{
    const QString said = verb.name.isEmpty() ? m_command : m_command + QLatin1Char(' ') + verb.name;
    for (const OptionSpec& o : m_options) {
        if (!parser.isSet(o.name))
            continue;
        if (!verb.options.contains(o.name))
            return Error::usage(tr("--%1 does not go with 'opsdeck %2'").arg(o.name, said));
        if (!o.check)
            continue;
        for (const QString& value : parser.values(o.name))
            if (Status s = o.check(o.name, value); !s.ok())
                return s;
    }
    return {};
}

QString VerbTable::helpText(const QCommandLineParser& parser) const
{
    QString text = parser.helpText();
    // The usage line names the binary's path; name the command instead.
    const qsizetype end = text.indexOf(QLatin1String(" ["));
    if (text.startsWith(QLatin1String("Usage: ")) && end > 0)
        text.replace(7, end - 7, QStringLiteral("opsdeck ") + m_command);
    return text + QLatin1Char('\n') + usageBlock(usageLines());
}

int VerbTable::run(CliContext& ctx) const
{
    QCommandLineParser parser;
    if (!m_description.isEmpty())
        parser.setApplicationDescription(m_description);
    parser.addHelpOption();
    const bool hasVerbs = !m_verbs.isEmpty() && !m_verbs.first().name.isEmpty();
    if (hasVerbs) {
        QStringList names;
        for (const VerbSpec& v : m_verbs)
            names << v.name;
        parser.addPositionalArgument(QStringLiteral("verb"), names.join(QStringLiteral(", ")));
    }
    for (const OptionSpec& o : m_options)
        parser.addOption(o.valueName.isEmpty() ? QCommandLineOption(o.name, o.description)
                                               : QCommandLineOption(o.name, o.description, o.valueName));

    ctx.usageText = usage();
    // args[0], the noun, is the parser's program name; a "noun verb" command's verb is
    // the first positional word.
    if (!parser.parse(ctx.args))
        return ctx.usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << helpText(parser);
        ctx.out.flush();
        return 0;
    }
    QStringList words = parser.positionalArguments();
    if (m_command.contains(QLatin1Char(' ')) && !words.isEmpty())
        words.removeFirst();
    const VerbSpec* verb = nullptr;
    if (!hasVerbs) {
        verb = m_verbs.isEmpty() ? nullptr : &m_verbs.first();
    } else if (words.isEmpty()) {
        return ctx.usage(tr("%1 needs a verb").arg(m_command));
    } else {
        verb = findVerb(words.first());
        if (!verb)
            return ctx.usage(tr("unknown verb '%1' for %2").arg(words.first(), m_command));
        words.removeFirst();
    }
    if (!verb)
        return ctx.fail(Error::failure(tr("%1 has nothing to run").arg(m_command)));
    ctx.usageText = usage(verb->name);
    if (Status s = checkOptions(parser, *verb); !s.ok())
        return ctx.fail(s.error());
    // Refused before anything is written when the team role does not allow it.
    const QString what = verb->name.isEmpty() ? m_command : m_command + QLatin1Char(' ') + verb->name;
    if (Status s = ctx.require(requiredCapability(m_command, verb->name, words), tr("run '%1'").arg(what));
        !s.ok())
        return ctx.fail(s.error());
    return verb->run(ctx, parser, words);
}

int VerbTable::runNoun(CliContext& ctx, const QString& noun, const QStringList& verbs)
{
    QStringList lines;
    for (const QString& v : verbs)
        lines << QStringLiteral("opsdeck %1 %2 [options]").arg(noun, v);
    const QString text = usageBlock(lines) +
                         tr("Run 'opsdeck %1 VERB --help' for a verb's options.").arg(noun) +
                         QLatin1Char('\n');
    if (wantsHelp(ctx.args)) {
        ctx.out << text;
        ctx.out.flush();
        return 0;
    }
    ctx.usageText = text;
    const QString word = ctx.args.value(1);
    if (word.isEmpty() || word.startsWith(QLatin1Char('-')))
        return ctx.usage(tr("%1 needs a verb").arg(noun));
    return ctx.usage(tr("unknown verb '%1' for %2").arg(word, noun));
}

OptionSpec formatOption(const QString& description)
{
    return {QStringLiteral("format"),
            description.isEmpty() ? VerbTable::tr("json, csv, table or text") : description,
            QStringLiteral("FORMAT"), check::format()};
}

OptionSpec reasonOption()
{
    return {QStringLiteral("reason"), VerbTable::tr("why, for the audit log"), QStringLiteral("TEXT"), {}};
}

OptionSpec expectVersionOption(const QString& what)
{
    return {
        QStringLiteral("expect-version"),
        VerbTable::tr("refuse (exit 3) unless %1 is still at this version (as list/show print it)").arg(what),
        QStringLiteral("N"), check::number(1, std::numeric_limits<qint32>::max())};
}

std::optional<qint64> expectedVersionOf(const QCommandLineParser& options)
{
    if (!options.isSet(QStringLiteral("expect-version")))
        return std::nullopt;
    return options.value(QStringLiteral("expect-version")).toLongLong();
}

OutputFormat formatOf(const QCommandLineParser& options, OutputFormat fallback)
{
    return parseOutputFormat(options.value(QStringLiteral("format")), fallback).valueOr(fallback);
}

QString nodePathArgument(const QString& text)
{
    return trimmedTreePath(text);
}

} // namespace opsdeck::cli
