#include "ssh/SshTypes.h"

#include <QCryptographicHash>

namespace opsdeck::ssh {

QString HostKey::fingerprint() const
{
    QByteArray b64 = QCryptographicHash::hash(blob, QCryptographicHash::Sha256).toBase64();
    while (b64.endsWith('='))
        b64.chop(1);
    return QStringLiteral("SHA256:") + QString::fromLatin1(b64);
}

SshError SshError::make(SshFailure kind, const QString& message)
{
    SshError e;
    e.kind = kind;
    switch (kind) {
    case SshFailure::HostKeyUnknown:
    case SshFailure::HostKeyChanged:
    case SshFailure::HostKeyRevoked:
        e.error = Error::refused(message);
        break;
    default:
        e.error = Error::failure(message);
        break;
    }
    return e;
}

} // namespace opsdeck::ssh
