#include "inventory_io/SshConfigParser.h"

#include "inventory_io/InventoryText.h"
#include "inventory_io/SshKeywords.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace opsdeck {

namespace {

struct Setting
{
    QString key; // canonical spelling
    QStringList args;
    int line = 0;
};

struct Block
{
    enum class Kind
    {
        Global,
        Host,
        Match
    } kind = Kind::Global;
    QStringList patterns;
    QList<Setting> settings;
};

// Usual spellings of common keywords (lookup by lower case); others keep the file's spelling.
QString canonicalKeyword(const QString& word)
{
    static const QHash<QString, QString> names = [] {
        QHash<QString, QString> h;
        for (const char* k : {"Host",
                              "Match",
                              "Include",
                              "HostName",
                              "Port",
                              "User",
                              "IdentityFile",
                              "IdentitiesOnly",
                              "IdentityAgent",
                              "CertificateFile",
                              "ProxyJump",
                              "ProxyCommand",
                              "ForwardAgent",
                              "ForwardX11",
                              "LocalForward",
                              "RemoteForward",
                              "DynamicForward",
                              "StrictHostKeyChecking",
                              "UserKnownHostsFile",
                              "ServerAliveInterval",
                              "ServerAliveCountMax",
                              "ConnectTimeout",
                              "ControlMaster",
                              "ControlPath",
                              "ControlPersist",
                              "Compression",
                              "LogLevel",
                              "PreferredAuthentications",
                              "PubkeyAuthentication",
                              "PasswordAuthentication",
                              "AddKeysToAgent",
                              "SendEnv",
                              "SetEnv",
                              "RequestTTY",
                              "RemoteCommand",
                              "HostKeyAlias",
                              "HostKeyAlgorithms",
                              "KexAlgorithms",
                              "Ciphers",
                              "MACs",
                              "BatchMode",
                              "AddressFamily",
                              "BindAddress",
                              "CanonicalizeHostname",
                              "UseKeychain",
                              "PKCS11Provider",
                              "GlobalKnownHostsFile",
                              "CheckHostIP",
                              "VisualHostKey",
                              "TCPKeepAlive",
                              "ExitOnForwardFailure",
                              "GSSAPIAuthentication",
                              "HashKnownHosts",
                              "PubkeyAcceptedKeyTypes",
                              "PubkeyAcceptedAlgorithms",
                              "UpdateHostKeys",
                              "ClearAllForwardings"})
            h.insert(QString::fromLatin1(k).toLower(), QString::fromLatin1(k));
        return h;
    }();
    return names.value(word.toLower(), word);
}

bool accumulates(const QString& key)
{
    static const QSet<QString> keys{QStringLiteral("IdentityFile"), QStringLiteral("CertificateFile"),
                                    QStringLiteral("LocalForward"), QStringLiteral("RemoteForward"),
                                    QStringLiteral("DynamicForward")};
    return keys.contains(key);
}

// Keywords whose arguments are separate values (SetEnv FOO=1 "BAR=two words"): kept as a list.
bool eachArgument(const QString& key)
{
    return key == u"SetEnv" || key == u"SendEnv";
}

// ssh_config's glob: '*' any run, '?' one character; host names compare case-insensitively.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == u'?' || pattern[p].toLower() == text[t].toLower())) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

bool blockApplies(const Block& b, const QString& name)
{
    bool positive = false;
    for (const QString& pat : b.patterns) {
        if (pat.startsWith(u'!')) {
            if (globMatch(QStringView(pat).mid(1), name))
                return false;
        } else if (globMatch(pat, name)) {
            positive = true;
        }
    }
    return positive;
}

bool isWildcard(const QString& pattern)
{
    return pattern.contains(u'*') || pattern.contains(u'?') || pattern.startsWith(u'!');
}

// Keyword and arguments of one line, split as OpenSSH does: "..." and '...' group (anywhere in
// an argument), a backslash escapes a quote, a backslash or (outside quotes) a space, and a '#'
// starting an argument ends the line. nullopt when a quote is left open.
std::optional<std::pair<QString, QStringList>> splitLine(const QString& line)
{
    qsizetype i = 0;
    while (i < line.size() && !line[i].isSpace() && line[i] != u'=')
        ++i;
    const QString keyword = line.left(i);
    while (i < line.size() && line[i].isSpace())
        ++i;
    if (i < line.size() && line[i] == u'=')
        ++i;
    QStringList args;
    QString arg;
    bool inArg = false;
    QChar quote;
    for (; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\' && i + 1 < line.size()) {
            const QChar n = line[i + 1];
            if (n == u'"' || n == u'\'' || n == u'\\' || (quote.isNull() && n == u' ')) {
                arg += n;
                ++i;
                inArg = true;
                continue;
            }
        }
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                arg += c;
        } else if (c == u'"' || c == u'\'') {
            quote = c;
            inArg = true;
        } else if (c.isSpace()) {
            if (inArg)
                args.append(std::exchange(arg, QString()));
            inArg = false;
        } else if (c == u'#' && !inArg) {
            break;
        } else {
            arg += c;
            inArg = true;
        }
    }
    if (!quote.isNull())
        return std::nullopt;
    if (inArg)
        args.append(arg);
    return std::make_pair(keyword, args);
}

QString expandTokens(const QString& value, const QString& name)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'%' && i + 1 < value.size()) {
            const QChar t = value[i + 1];
            if (t == u'h') {
                out += name;
                ++i;
                continue;
            }
            if (t == u'%') {
                out += u'%';
                ++i;
                continue;
            }
        }
        out += value[i];
    }
    return out;
}

} // namespace

Result<InventoryDocument> parseSshConfig(QByteArrayView text, const QString& fileName)
{
    auto lines = inventory_text::splitLines(text, fileName);
    if (!lines)
        return lines.error();

    InventoryDocument doc;
    doc.sourceName = fileName;
    doc.sha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256);

    QList<Block> blocks{Block{}};
    QList<std::pair<QString, QString>> names; // (pattern as written, machine name)
    QSet<QString> seenNames;
    QStringList ignoreUnknown; // IgnoreUnknown patterns seen so far
    for (int i = 0; i < lines->size(); ++i) {
        const int lineNo = i + 1;
        const QString line = lines->at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto split = splitLine(line);
        if (!split)
            return inventory_text::locatedError(
                fileName, lineNo, QCoreApplication::translate("InventoryIo", "a quote is not closed"));
        const auto& [word, args] = *split;
        const QString key = canonicalKeyword(word);
        if (key.isEmpty())
            return inventory_text::locatedError(
                fileName, lineNo, QCoreApplication::translate("InventoryIo", "expected a keyword"));
        if (args.isEmpty())
            return inventory_text::locatedError(
                fileName, lineNo, QCoreApplication::translate("InventoryIo", "'%1' needs a value").arg(word));

        if (key == u"Host") {
            Block b;
            b.kind = Block::Kind::Host;
            b.patterns = args;
            blocks.append(b);
            for (const QString& pat : args) {
                if (pat.startsWith(u'!')) {
                    doc.warnings.append(
                        QStringLiteral("%1:%2: %3")
                            .arg(fileName)
                            .arg(lineNo)
                            .arg(QCoreApplication::translate(
                                     "InventoryIo",
                                     "skipped negated Host pattern '%1' (a negation: the block does not "
                                     "apply to the hosts it matches)")
                                     .arg(pat)));
                } else if (isWildcard(pat)) {
                    doc.warnings.append(
                        QStringLiteral("%1:%2: %3")
                            .arg(fileName)
                            .arg(lineNo)
                            .arg(QCoreApplication::translate(
                                     "InventoryIo",
                                     "skipped wildcard Host pattern '%1' (its settings still apply "
                                     "to the hosts it matches)")
                                     .arg(pat)));
                } else {
                    const auto name = inventory_text::machineName(pat);
                    if (!name)
                        return inventory_text::locatedError(fileName, lineNo, name.error().message);
                    if (!seenNames.contains(*name)) {
                        seenNames.insert(*name);
                        names.append({pat, *name});
                    }
                }
            }
            continue;
        }
        if (key == u"Match") {
            Block b;
            b.kind = Block::Kind::Match;
            blocks.append(b);
            doc.warnings.append(
                QStringLiteral("%1:%2: %3")
                    .arg(fileName)
                    .arg(lineNo)
                    .arg(QCoreApplication::translate(
                             "InventoryIo",
                             "skipped Match block '%1' (it needs a live connection to evaluate)")
                             .arg(args.join(u' '))));
            continue;
        }
        if (key == u"Include") {
            doc.warnings.append(
                QStringLiteral("%1:%2: %3")
                    .arg(fileName)
                    .arg(lineNo)
                    .arg(QCoreApplication::translate("InventoryIo",
                                                     "skipped Include '%1' (import that file on its own)")
                             .arg(args.join(u' '))));
            continue;
        }
        if (key.compare(u"IgnoreUnknown", Qt::CaseInsensitive) == 0) {
            ignoreUnknown += args.join(u',').split(u',', Qt::SkipEmptyParts);
            continue;
        }
        if (!ssh_keywords::isKnown(key)) {
            const bool ignored = std::any_of(ignoreUnknown.cbegin(), ignoreUnknown.cend(),
                                             [&](const QString& p) { return globMatch(p, key); });
            if (!ignored)
                doc.warnings.append(
                    inventory_text::locatedError(
                        fileName, lineNo,
                        QCoreApplication::translate("InventoryIo",
                                                    "ssh refuses this file: '%1' is not an OpenSSH "
                                                    "keyword (\"Bad configuration option\"); line skipped")
                            .arg(word))
                        .message);
            continue;
        }
        if (key == u"SetEnv") {
            const auto bad = std::find_if(args.cbegin(), args.cend(),
                                          [](const QString& a) { return a.indexOf(u'=') <= 0; });
            if (bad != args.cend()) {
                doc.warnings.append(inventory_text::locatedError(
                                        fileName, lineNo,
                                        QCoreApplication::translate(
                                            "InventoryIo", "ssh refuses this file: SetEnv '%1' is not "
                                                           "NAME=VALUE (\"Invalid SetEnv\"); line skipped")
                                            .arg(*bad))
                                        .message);
                continue;
            }
        }
        if (key == u"Port" && !inventory_text::parsePort(args.first()))
            return inventory_text::locatedError(
                fileName, lineNo,
                QCoreApplication::translate("InventoryIo", "Port '%1' is not a number between 1 and 65535")
                    .arg(args.first()));
        blocks.last().settings.append(Setting{key, args, lineNo});
    }

    // Blocks naming hosts literally are found through an index; the others are tried on every host.
    QHash<QString, QList<int>> literalBlocks; // lower-case name → blocks
    QList<int> otherBlocks;
    for (int i = 0; i < blocks.size(); ++i) {
        const Block& b = blocks[i];
        if (b.kind == Block::Kind::Match)
            continue;
        if (b.kind == Block::Kind::Host && std::none_of(b.patterns.cbegin(), b.patterns.cend(), isWildcard)) {
            for (const QString& pat : b.patterns) {
                QList<int>& list = literalBlocks[pat.toLower()];
                if (list.isEmpty() || list.last() != i)
                    list.append(i);
            }
        } else {
            otherBlocks.append(i);
        }
    }

    for (const auto& [pattern, kept] : std::as_const(names)) {
        const QString& name = pattern; // what the blocks match, and %h
        InventoryHost host;
        host.name = kept;
        QList<int> candidates = otherBlocks + literalBlocks.value(name.toLower());
        std::sort(candidates.begin(), candidates.end());
        QHash<QString, QStringList> values; // first wins; accumulating keywords collect all
        for (int bi : std::as_const(candidates)) {
            const Block& b = blocks[bi];
            if (b.kind == Block::Kind::Host && !blockApplies(b, name))
                continue;
            for (const Setting& s : b.settings) {
                const QString value = s.args.join(u' ');
                if (eachArgument(s.key)) {
                    // One entry per variable; SetEnv: the first line wins, SendEnv lines add up.
                    if (s.key == u"SendEnv" || !values.contains(s.key)) {
                        for (const QString& a : s.args) {
                            if (!values[s.key].contains(a))
                                values[s.key].append(a);
                        }
                    }
                } else if (accumulates(s.key)) {
                    if (!values[s.key].contains(value))
                        values[s.key].append(value);
                } else if (!values.contains(s.key)) {
                    values.insert(s.key, {value});
                }
            }
        }
        host.address = values.contains(QStringLiteral("HostName"))
                           ? expandTokens(values.take(QStringLiteral("HostName")).first(), name)
                           : kept;
        if (values.contains(QStringLiteral("Port")))
            host.port = inventory_text::parsePort(values.take(QStringLiteral("Port")).first()).value_or(22);
        if (values.contains(QStringLiteral("User")))
            host.user = values.take(QStringLiteral("User")).first();
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (it.value().size() == 1 && !eachArgument(it.key()))
                host.meta.insert(it.key(), it.value().first());
            else
                host.meta.insert(it.key(), QVariant(QVariantList(it.value().cbegin(), it.value().cend())));
        }
        doc.hosts.append(std::move(host));
    }
    qCDebug(lcInventoryIo) << fileName << "ssh_config:" << doc.hosts.size() << "hosts," << doc.warnings.size()
                           << "warnings";
    return doc;
}

} // namespace opsdeck
