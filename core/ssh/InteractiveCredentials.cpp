#include "ssh/InteractiveCredentials.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace opsdeck::ssh {

InteractiveCredentials::InteractiveCredentials(std::shared_ptr<CredentialProvider> keychain, Ask ask,
                                               const QString& noKeychainReason)
    : m_keychain(std::move(keychain)), m_ask(std::move(ask))
{
    if (!m_keychain)
        m_keychainProblem = noKeychainReason.isEmpty()
                                ? QCoreApplication::translate("InteractiveCredentials", "none is configured")
                                : noKeychainReason;
}

QString InteractiveCredentials::keychainNotice(const QString& reason)
{
    return QCoreApplication::translate("InteractiveCredentials",
                                       "The keychain cannot be reached (%1): secrets you type are kept in "
                                       "memory only while Opsdeck runs.")
        .arg(reason);
}

void InteractiveCredentials::request(const CredentialRequest& request, Done done)
{
    const QString name = request.secretName();
    bool useKeychain = false;
    {
        QMutexLocker lock(&m_mutex);
        if (request.retry) {
            m_typed.remove(name); // it was wrong
        } else if (const auto it = m_typed.constFind(name); it != m_typed.constEnd()) {
            const QString secret = *it;
            lock.unlock();
            done(secret);
            return;
        }
        useKeychain = !request.retry && m_keychainProblem.isEmpty();
    }
    if (!useKeychain) {
        askOperator(request, std::move(done));
        return;
    }
    m_keychain->request(request, [this, request, done](Result<QString> secret) {
        if (secret.ok()) {
            done(std::move(secret));
            return;
        }
        // NotFound: no entry, ask. Anything else: the keychain itself is out of reach.
        if (secret.error().code != Error::Code::NotFound) {
            QMutexLocker lock(&m_mutex);
            if (m_keychainProblem.isEmpty())
                m_keychainProblem = secret.error().message;
        }
        askOperator(request, done);
    });
}

bool InteractiveCredentials::keychainReachable() const
{
    QMutexLocker lock(&m_mutex);
    return m_keychainProblem.isEmpty();
}

QString InteractiveCredentials::takeNotice()
{
    QMutexLocker lock(&m_mutex);
    if (m_keychainProblem.isEmpty() || m_noticeGiven)
        return {};
    m_noticeGiven = true;
    return keychainNotice(m_keychainProblem);
}

void InteractiveCredentials::askOperator(const CredentialRequest& request, Done done)
{
    if (!m_ask) {
        done(Error::notFound(QCoreApplication::translate("InteractiveCredentials", "no secret for %1")
                                 .arg(request.secretName())));
        return;
    }
    const QString name = request.secretName();
    m_ask(request, takeNotice(), [this, name, done](Result<QString> typed) {
        if (typed.ok()) {
            QMutexLocker lock(&m_mutex);
            m_typed.insert(name, *typed);
        }
        done(std::move(typed));
    });
}

} // namespace opsdeck::ssh
