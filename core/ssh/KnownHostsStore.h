#pragma once

#include "ssh/KnownHosts.h"
#include "ssh/SshTypes.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

namespace opsdeck::ssh {

// The host keys Opsdeck trusts: OpenSSH's ~/.ssh/known_hosts (read only) and Opsdeck's
// own known_hosts in its data directory (read, and where accepted keys are appended in
// OpenSSH's format). Thread-safe: every connection's worker thread checks here. Files are
// re-read when their size or modification time changes.
class KnownHostsStore
{
public:
    struct Verdict
    {
        enum class Kind
        {
            Known,
            Unknown,
            Changed,
            Revoked
        };
        Kind kind = Kind::Unknown;
        QString file; // Changed / Revoked: the file holding the old or revoking line
        int line = 0;
        HostKey old;                 // Changed: the key on file
        QStringList otherTypesKnown; // Unknown: key types on file for this host
    };

    // `readOnlyFiles` are checked first, in order; `ownFile` is checked last and written.
    KnownHostsStore(QStringList readOnlyFiles, QString ownFile);
    // ~/.ssh/known_hosts and <data dir>/opsdeck/known_hosts.
    static KnownHostsStore& defaultStore();
    static QString defaultOwnFile();
    static QString userFile();

    Verdict check(const QString& host, quint16 port, const HostKey& key);
    // Appends "[host]:port type base64" to the own file (creating it 0600).
    Status accept(const QString& host, quint16 port, const HostKey& key);
    // The error a verdict gives (kind None for Known).
    static SshError errorFor(const Verdict& v, const QString& host, quint16 port, const HostKey& key);

    QString ownFile() const { return m_ownFile; }

private:
    struct Cached
    {
        qint64 size = -1;
        QDateTime modified;
        KnownHostsParser::Parsed parsed;
    };
    const KnownHostsParser::Parsed& load(const QString& path);

    QStringList m_readOnly;
    QString m_ownFile;
    QMutex m_mutex;
    QHash<QString, Cached> m_cache;
};

} // namespace opsdeck::ssh
