#pragma once

#include "ssh/CredentialProvider.h"

#include <QPointer>

namespace opsdeck {
class SecretProvider;
}

namespace opsdeck::ssh {

// Passphrases and passwords from a core/sources SecretProvider — the system keychain
// through KeychainSecretProvider (service "opsdeck", key CredentialRequest::secretName(),
// e.g. "ssh-passphrase:/home/me/.ssh/id_ed25519"). The read runs on `context`'s thread
// (the provider's own, for a QObject provider); the answer goes back to the connection.
// A retry (the keychain's secret was wrong) is refused rather than read again.
class SecretProviderCredentials final : public CredentialProvider
{
public:
    SecretProviderCredentials(SecretProvider& secrets, QObject* context);
    void request(const CredentialRequest& request, Done done) override;

private:
    SecretProvider& m_secrets;
    QPointer<QObject> m_context;
};

} // namespace opsdeck::ssh
