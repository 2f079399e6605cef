#include "ssh/KnownHosts.h"

#include <QMessageAuthenticationCode>

namespace opsdeck::ssh {

namespace {

// '*' any run, '?' one character; both sides already lower-case.
bool globMatch(QStringView pattern, QStringView text)
{
    qsizetype p = 0, t = 0, starP = -1, starT = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == QLatin1Char('?') || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == QLatin1Char('*')) {
            starP = p++;
            starT = t;
        } else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == QLatin1Char('*'))
        ++p;
    return p == pattern.size();
}

QByteArray strictBase64(const QByteArray& text, bool* ok)
{
    const auto r = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    *ok = r.decodingStatus == QByteArray::Base64DecodingStatus::Ok && !text.isEmpty();
    return r.decoded;
}

bool parsePattern(QByteArray text, HostPattern* out)
{
    HostPattern p;
    if (text.startsWith('!')) {
        p.negated = true;
        text.remove(0, 1);
    }
    if (text.isEmpty())
        return false;
    if (text.startsWith("|1|")) {
        const QList<QByteArray> parts = text.mid(3).split('|');
        bool okSalt = false, okHash = false;
        if (parts.size() != 2)
            return false;
        p.hashed = true;
        p.salt = strictBase64(parts[0], &okSalt);
        p.hash = strictBase64(parts[1], &okHash);
        if (!okSalt || !okHash || p.salt.size() != 20 || p.hash.size() != 20)
            return false;
    } else {
        if (text.startsWith('|'))
            return false; // another hash format
        p.glob = QString::fromUtf8(text).toLower();
        if (p.glob.contains(QChar::ReplacementCharacter))
            return false;
    }
    *out = p;
    return true;
}

QList<QByteArray> fields(const QByteArray& line)
{
    QList<QByteArray> out;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.append(line.mid(start, i - start));
    }
    return out;
}

} // namespace

QString KnownHostsParser::hostKeyName(const QString& host, quint16 port)
{
    const QString h = host.toLower();
    return port == 22 ? h : QStringLiteral("[%1]:%2").arg(h).arg(port);
}

QString KnownHostsParser::wireKeyType(const QByteArray& blob)
{
    if (blob.size() < 4)
        return {};
    const auto* b = reinterpret_cast<const uchar*>(blob.constData());
    const quint32 n = (quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | quint32(b[3]);
    if (n == 0 || n > 64 || qsizetype(n) > blob.size() - 4)
        return {};
    return QString::fromLatin1(blob.mid(4, n));
}

QByteArray KnownHostsParser::hashName(const QString& name, const QByteArray& salt)
{
    const QByteArray mac = QMessageAuthenticationCode::hash(name.toUtf8(), salt, QCryptographicHash::Sha1);
    return "|1|" + salt.toBase64() + '|' + mac.toBase64();
}

bool KnownHostsParser::parseLine(const QByteArray& line, KnownHostEntry* out)
{
    QList<QByteArray> f = fields(line);
    KnownHostEntry e;
    if (!f.isEmpty() && f.first().startsWith('@')) {
        if (f.first() == "@revoked")
            e.marker = KnownHostEntry::Marker::Revoked;
        else if (f.first() == "@cert-authority")
            e.marker = KnownHostEntry::Marker::CertAuthority;
        else
            return false;
        f.removeFirst();
    }
    if (f.size() < 3)
        return false;
    for (const QByteArray& p : f[0].split(',')) {
        HostPattern pattern;
        if (!parsePattern(p, &pattern))
            return false;
        e.patterns.append(pattern);
    }
    bool ok = false;
    e.keyType = QString::fromLatin1(f[1]);
    e.key = strictBase64(f[2], &ok);
    if (!ok || wireKeyType(e.key) != e.keyType)
        return false;
    *out = e;
    return true;
}

KnownHostsParser::Parsed KnownHostsParser::parse(const QByteArray& text)
{
    Parsed parsed;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        KnownHostEntry e;
        if (!parseLine(trimmed, &e)) {
            parsed.malformedLines.append(int(i + 1));
            continue;
        }
        e.line = int(i + 1);
        parsed.entries.append(e);
    }
    return parsed;
}

bool KnownHostEntry::matches(const QString& host, quint16 port) const
{
    const QString name = KnownHostsParser::hostKeyName(host, port);
    bool matched = false;
    for (const HostPattern& p : patterns) {
        bool hit = false;
        if (p.hashed) {
            hit = KnownHostsParser::hashName(name, p.salt) ==
                  "|1|" + p.salt.toBase64() + '|' + p.hash.toBase64();
        } else {
            hit = globMatch(p.glob, name);
        }
        if (hit && p.negated)
            return false;
        matched = matched || hit;
    }
    return matched;
}

QByteArray KnownHostEntry::toLine() const
{
    QByteArray out;
    if (marker == Marker::Revoked)
        out += "@revoked ";
    else if (marker == Marker::CertAuthority)
        out += "@cert-authority ";
    QList<QByteArray> names;
    for (const HostPattern& p : patterns) {
        QByteArray n = p.negated ? "!" : "";
        n += p.hashed ? "|1|" + p.salt.toBase64() + '|' + p.hash.toBase64() : p.glob.toUtf8();
        names.append(n);
    }
    out += names.join(',') + ' ' + keyType.toLatin1() + ' ' + key.toBase64();
    return out;
}

} // namespace opsdeck::ssh
