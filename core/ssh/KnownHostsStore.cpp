#include "ssh/KnownHostsStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutexLocker>
#include <QStandardPaths>

namespace opsdeck::ssh {

KnownHostsStore::KnownHostsStore(QStringList readOnlyFiles, QString ownFile)
    : m_readOnly(std::move(readOnlyFiles)), m_ownFile(std::move(ownFile))
{}

QString KnownHostsStore::userFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHostsStore::defaultOwnFile()
{
    // Next to the database (Database::defaultPath): <data>/opsdeck/.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/opsdeck/known_hosts");
}

KnownHostsStore& KnownHostsStore::defaultStore()
{
    static KnownHostsStore store({userFile()}, defaultOwnFile());
    return store;
}

const KnownHostsParser::Parsed& KnownHostsStore::load(const QString& path)
{
    const QFileInfo info(path);
    Cached& c = m_cache[path];
    const qint64 size = info.exists() ? info.size() : -1;
    const QDateTime modified = info.exists() ? info.lastModified() : QDateTime();
    if (c.size == size && c.modified == modified && size != -1)
        return c.parsed;
    c.size = size;
    c.modified = modified;
    c.parsed = {};
    QFile f(path);
    if (size >= 0 && f.open(QIODevice::ReadOnly))
        c.parsed = KnownHostsParser::parse(f.readAll());
    return c.parsed;
}

KnownHostsStore::Verdict KnownHostsStore::check(const QString& host, quint16 port, const HostKey& key)
{
    QMutexLocker lock(&m_mutex);
    Verdict known, changed, unknown;
    bool isKnown = false, isChanged = false;
    for (const QString& path : m_readOnly + QStringList{m_ownFile}) {
        for (const KnownHostEntry& e : load(path).entries) {
            if (e.marker == KnownHostEntry::Marker::CertAuthority || !e.matches(host, port))
                continue;
            if (e.marker == KnownHostEntry::Marker::Revoked) {
                if (e.key == key.blob)
                    return {Verdict::Kind::Revoked, path, e.line, {}, {}};
                continue;
            }
            if (e.key == key.blob) {
                isKnown = true;
            } else if (e.keyType == key.type) {
                if (!isChanged)
                    changed = {Verdict::Kind::Changed, path, e.line, HostKey{e.keyType, e.key}, {}};
                isChanged = true;
            } else if (!unknown.otherTypesKnown.contains(e.keyType)) {
                unknown.otherTypesKnown.append(e.keyType);
            }
        }
    }
    if (isKnown) // a later line with the right key wins, as in OpenSSH
        return {Verdict::Kind::Known, {}, 0, {}, {}};
    if (isChanged)
        return changed;
    unknown.kind = Verdict::Kind::Unknown;
    return unknown;
}

Status KnownHostsStore::accept(const QString& host, quint16 port, const HostKey& key)
{
    QMutexLocker lock(&m_mutex);
    QDir().mkpath(QFileInfo(m_ownFile).absolutePath());
    QFile f(m_ownFile);
    const bool existed = f.exists();
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error::failure(QCoreApplication::translate("KnownHostsStore", "cannot write %1: %2")
                                  .arg(m_ownFile, f.errorString()));
    if (!existed)
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    KnownHostEntry e;
    HostPattern p;
    p.glob = KnownHostsParser::hostKeyName(host, port);
    e.patterns = {p};
    e.keyType = key.type;
    e.key = key.blob;
    QByteArray line = e.toLine() + '\n';
    if (f.size() > 0) {
        f.seek(f.size() - 1);
        if (f.read(1) != "\n")
            line.prepend('\n');
    }
    if (f.write(line) != line.size() || !f.flush())
        return Error::failure(QCoreApplication::translate("KnownHostsStore", "cannot write %1: %2")
                                  .arg(m_ownFile, f.errorString()));
    m_cache.remove(m_ownFile);
    return {};
}

SshError KnownHostsStore::errorFor(const Verdict& v, const QString& host, quint16 port, const HostKey& key)
{
    const QString name = KnownHostsParser::hostKeyName(host, port);
    SshError e;
    switch (v.kind) {
    case Verdict::Kind::Known:
        return e;
    case Verdict::Kind::Unknown:
        e = SshError::make(SshFailure::HostKeyUnknown,
                           QCoreApplication::translate("KnownHostsStore",
                                                       "the host key of %1 is unknown (%2 %3); accept it "
                                                       "after checking the fingerprint (--accept-new)")
                               .arg(name, key.type, key.fingerprint()));
        break;
    case Verdict::Kind::Changed:
        e = SshError::make(SshFailure::HostKeyChanged,
                           QCoreApplication::translate("KnownHostsStore",
                                                       "the host key of %1 has CHANGED: it is now %2 %3, "
                                                       "%4:%5 holds %6; refused (someone may be "
                                                       "intercepting the connection, or the host was "
                                                       "reinstalled: remove that line once you know which)")
                               .arg(name, key.type, key.fingerprint(), v.file)
                               .arg(v.line)
                               .arg(v.old.fingerprint()));
        e.oldFingerprint = v.old.fingerprint();
        break;
    case Verdict::Kind::Revoked:
        e = SshError::make(SshFailure::HostKeyRevoked,
                           QCoreApplication::translate("KnownHostsStore",
                                                       "the host key of %1 (%2 %3) is marked @revoked in "
                                                       "%4:%5; refused")
                               .arg(name, key.type, key.fingerprint(), v.file)
                               .arg(v.line));
        break;
    }
    e.hostKey = key;
    e.knownFile = v.file;
    e.knownLine = v.line;
    return e;
}

} // namespace opsdeck::ssh
