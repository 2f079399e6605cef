#include "sources/SecretProvider.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "opsdeck.sources.secrets")

namespace opsdeck {

void KeychainSecretProvider::read(const QString& name, Callback done)
{
    auto* job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job* j) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(j);
        if (read->error() == QKeychain::NoError) {
            done(read->textData());
            return;
        }
        if (read->error() == QKeychain::EntryNotFound) {
            done(Error::notFound(
                QCoreApplication::translate("KeychainSecretProvider",
                                            "no secret named '%1' in the keychain; store the "
                                            "password or token there under service \"opsdeck\", "
                                            "key '%1'")
                    .arg(name)));
            return;
        }
        // The reason, never the secret.
        qCWarning(lcSecrets) << "keychain read of" << name << "failed:" << read->errorString();
        done(Error::failure(QCoreApplication::translate("KeychainSecretProvider",
                                                        "cannot read the secret '%1' from the keychain: %2")
                                .arg(name, read->errorString())));
    });
    job->start();
}

} // namespace opsdeck
