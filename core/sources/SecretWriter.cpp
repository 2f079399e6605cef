#include "sources/SecretWriter.h"

#include "sources/SecretProvider.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSourceSecrets, "opsdeck.widgets.sources.secrets")

namespace opsdeck {

void KeychainSecretWriter::write(const QString& name, const QString& secret, Callback done)
{
    auto* job = new QKeychain::WritePasswordJob(KeychainSecretProvider::serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError) {
            done({});
            return;
        }
        // The reason, never the secret.
        qCWarning(lcSourceSecrets) << "keychain write of" << name << "failed:" << j->errorString();
        done(Error::failure(
            KeychainSecretWriter::tr("Cannot store the secret '%1' in the system keychain: %2. Nothing was "
                                     "saved; unlock or start the keychain (Secret Service) and try again.")
                .arg(name, j->errorString())));
    });
    job->start();
}

void KeychainSecretWriter::remove(const QString& name, Callback done)
{
    auto* job = new QKeychain::DeletePasswordJob(KeychainSecretProvider::serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(name);
    connect(job, &QKeychain::Job::finished, this, [name, done = std::move(done)](QKeychain::Job* j) {
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound) {
            done({});
            return;
        }
        qCWarning(lcSourceSecrets) << "keychain delete of" << name << "failed:" << j->errorString();
        done(Error::failure(
            KeychainSecretWriter::tr("cannot delete the secret '%1' from the system keychain: %2")
                .arg(name, j->errorString())));
    });
    job->start();
}

} // namespace opsdeck
