#include "ssh/SecretProviderCredentials.h"

#include "sources/SecretProvider.h"

#include <QCoreApplication>

namespace opsdeck::ssh {

SecretProviderCredentials::SecretProviderCredentials(SecretProvider& secrets, QObject* context)
    : m_secrets(secrets), m_context(context)
{}

void SecretProviderCredentials::request(const CredentialRequest& request, Done done)
{
    const QString name = request.secretName();
    if (request.retry) {
        done(Error::refused(
            QCoreApplication::translate("SecretProviderCredentials",
                                        "the keychain's secret '%1' is wrong; correct it there")
                .arg(name)));
        return;
    }
    if (!m_context) {
        done(
            Error::failure(QCoreApplication::translate("SecretProviderCredentials", "the keychain is gone")));
        return;
    }
    SecretProvider* secrets = &m_secrets;
    QMetaObject::invokeMethod(
        m_context.data(), [secrets, name, done] { secrets->read(name, done); }, Qt::QueuedConnection);
}

} // namespace opsdeck::ssh
