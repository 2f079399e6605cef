#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace opsdeck::ssh {

// One host name pattern of a known_hosts line: a hashed name (|1|salt|hash), or a plain
// name with '*' and '?' wildcards, possibly negated with '!'.
struct HostPattern
{
    bool negated = false;
    bool hashed = false;
    QByteArray salt; // hashed: HMAC-SHA1 key
    QByteArray hash; // hashed: HMAC-SHA1 of the host name
    QString glob;    // plain: lower-case pattern
    bool operator==(const HostPattern&) const = default;
};

// One line of an OpenSSH known_hosts file.
struct KnownHostEntry
{
    enum class Marker
    {
        None,
        Revoked,
        CertAuthority
    };
    Marker marker = Marker::None;
    QList<HostPattern> patterns;
    QString keyType; // as written: "ssh-ed25519", ...
    QByteArray key;  // decoded base64, SSH wire format
    int line = 0;    // 1-based line in its file

    // OpenSSH's rule: some pattern matches and no negated one does. The name matched is
    // `host` on port 22, else `[host]:port`.
    bool matches(const QString& host, quint16 port) const;
    // The line as OpenSSH writes it (without the comment).
    QByteArray toLine() const;
    bool operator==(const KnownHostEntry&) const = default;
};

// Parses OpenSSH's known_hosts format. Comments, blank lines and lines it cannot read
// (bad base64, a key whose embedded type differs from the type column, an unknown
// marker, the old RSA1 format) are skipped; the malformed ones are counted with their
// line numbers so a caller can say which lines it ignored.
class KnownHostsParser
{
public:
    struct Parsed
    {
        QList<KnownHostEntry> entries;
        QList<int> malformedLines;
    };
    static Parsed parse(const QByteArray& text);
    static bool parseLine(const QByteArray& line, KnownHostEntry* out);
    // "host" on port 22, else "[host]:port", host lower-cased.
    static QString hostKeyName(const QString& host, quint16 port);
    // The type name a wire-format key starts with (empty when malformed).
    static QString wireKeyType(const QByteArray& blob);
    // A hashed pattern for `name`: |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
    static QByteArray hashName(const QString& name, const QByteArray& salt);
};

} // namespace opsdeck::ssh
