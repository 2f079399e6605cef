#include "ssh/CredentialProvider.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace opsdeck::ssh {

QString CredentialRequest::secretName() const
{
    if (kind == Kind::KeyPassphrase)
        return QStringLiteral("ssh-passphrase:") + keyFile;
    return QStringLiteral("ssh-password:%1@%2").arg(user, host);
}

void InMemoryCredentialProvider::set(const QString& secretName, const QString& secret)
{
    QMutexLocker lock(&m_mutex);
    m_secrets.insert(secretName, secret);
}

int InMemoryCredentialProvider::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

void InMemoryCredentialProvider::request(const CredentialRequest& request, Done done)
{
    QString secret;
    bool found = false;
    {
        QMutexLocker lock(&m_mutex);
        ++m_requests;
        const auto it = m_secrets.constFind(request.secretName());
        found = it != m_secrets.constEnd() && !request.retry;
        if (found)
            secret = *it;
    }
    if (found)
        done(secret);
    else
        done(Error::notFound(QCoreApplication::translate("InMemoryCredentialProvider", "no secret for %1")
                                 .arg(request.secretName())));
}

} // namespace opsdeck::ssh
