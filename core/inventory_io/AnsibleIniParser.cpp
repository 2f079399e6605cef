#include "inventory_io/AnsibleIniParser.h"

#include "inventory_io/AnsibleInventoryBuilder.h"
#include "inventory_io/HostPattern.h"
#include "inventory_io/InventoryText.h"
#include "inventory_io/PythonLiteral.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace opsdeck {

namespace {

enum class Section
{
    Hosts,
    Children,
    Vars
};

// Splits a host line the way Ansible does (POSIX shlex with comments): whitespace separates
// words, '...' and "..." group, a backslash escapes the next character outside quotes (inside
// "..." only '"' and '\\'), and a '#' outside quotes ends the line, even inside a word
// (`x=a#b` is `x=a`). nullopt when a quote is left open.
std::optional<QStringList> splitWords(const QString& line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (!quote.isNull()) {
            if (c == quote) {
                quote = QChar();
            } else if (c == u'\\' && quote == u'"' && i + 1 < line.size() &&
                       (line[i + 1] == u'"' || line[i + 1] == u'\\')) {
                word += line[++i];
            } else {
                word += c;
            }
            continue;
        }
        if (c.isSpace()) {
            if (inWord)
                words.append(std::exchange(word, QString()));
            inWord = false;
        } else if (c == u'#') {
            break;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < line.size()) {
            word += line[++i];
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inWord)
        words.append(word);
    return words;
}

} // namespace

Result<InventoryDocument> parseAnsibleIni(QByteArrayView text, const QString& fileName)
{
    auto lines = inventory_text::splitLines(text, fileName);
    if (!lines)
        return lines.error();

    static const QRegularExpression header(QStringLiteral(R"(^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:[#;].*)?$)"));
    AnsibleInventoryBuilder builder(fileName);
    QString group = QStringLiteral("ungrouped");
    Section section = Section::Hosts;

    for (int i = 0; i < lines->size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines->at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;

        if (line.startsWith(u'[')) {
            const auto m = header.match(line);
            if (!m.hasMatch())
                return builder.error(
                    lineNo, QCoreApplication::translate(
                                "InventoryIo", "'%1' is not a section header like [group], [group:children] "
                                               "or [group:vars]")
                                .arg(line));
            group = m.captured(1);
            const QString kind = m.captured(2);
            if (kind.isEmpty() || kind == u"hosts")
                section = Section::Hosts;
            else if (kind == u"children")
                section = Section::Children;
            else if (kind == u"vars")
                section = Section::Vars;
            else
                return builder.error(
                    lineNo, QCoreApplication::translate("InventoryIo",
                                                        "unknown section kind ':%1' (use :children or :vars)")
                                .arg(kind));
            builder.declareGroup(group, lineNo);
            continue;
        }

        switch (section) {
        case Section::Vars: {
            const qsizetype eq = line.indexOf(u'=');
            if (eq < 0)
                return builder.error(lineNo, QCoreApplication::translate(
                                                 "InventoryIo", "expected key=value in [%1:vars], got '%2'")
                                                 .arg(group, line));
            const QString key = line.left(eq).trimmed();
            if (std::any_of(key.cbegin(), key.cend(), [](QChar c) { return c.isSpace(); }))
                return builder.error(
                    lineNo, QCoreApplication::translate("InventoryIo", "variable name '%1' contains a space")
                                .arg(key));
            if (Status s = builder.setGroupVar(group, key,
                                               python_literal::evaluate(line.mid(eq + 1).trimmed()), lineNo);
                !s)
                return s.error();
            break;
        }
        case Section::Children: {
            const auto words = splitWords(line);
            if (!words)
                return builder.error(lineNo,
                                     QCoreApplication::translate("InventoryIo", "a quote is not closed"));
            if (words->isEmpty())
                break;
            if (words->size() != 1)
                return builder.error(
                    lineNo, QCoreApplication::translate("InventoryIo",
                                                        "expected one group name in [%1:children], got '%2'")
                                .arg(group, line));
            if (Status s = builder.addChild(group, words->first(), lineNo); !s)
                return s.error();
            break;
        }
        case Section::Hosts: {
            const auto words = splitWords(line);
            if (!words)
                return builder.error(lineNo,
                                     QCoreApplication::translate("InventoryIo", "a quote is not closed"));
            if (words->isEmpty())
                break;
            const auto pattern = HostPattern::parse(words->first());
            if (!pattern)
                return builder.error(lineNo, pattern.error().message);
            QList<std::pair<QString, QVariant>> vars;
            for (qsizetype w = 1; w < words->size(); ++w) {
                const QString& word = words->at(w);
                const qsizetype eq = word.indexOf(u'=');
                if (eq <= 0)
                    return builder.error(
                        lineNo, QCoreApplication::translate(
                                    "InventoryIo", "expected key=value after the host name, got '%1'")
                                    .arg(word));
                vars.append({word.left(eq), python_literal::evaluate(word.mid(eq + 1))});
            }
            for (const QString& listed : pattern->names) {
                const auto host = builder.addHost(group, listed, lineNo);
                if (!host)
                    return host.error();
                const QString& name = *host;
                if (pattern->port) {
                    if (Status s = builder.setHostVar(name, QStringLiteral("ansible_port"),
                                                      qlonglong(*pattern->port), lineNo);
                        !s)
                        return s.error();
                }
                for (const auto& [key, value] : vars) {
                    if (Status s = builder.setHostVar(name, key, value, lineNo); !s)
                        return s.error();
                }
            }
            break;
        }
        }
    }
    auto doc = builder.build(text);
    if (doc)
        qCDebug(lcInventoryIo) << fileName << "INI:" << doc->nodes.size() << "nodes," << doc->hosts.size()
                               << "hosts";
    return doc;
}

} // namespace opsdeck
