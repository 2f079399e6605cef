#include "sources/BlockingKeychain.h"

#include "sources/SecretProvider.h"
#include "sources/SecretWriter.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <optional>

namespace opsdeck {

namespace {

Error noKeychain()
{
    return Error::failure(
        QCoreApplication::translate("BlockingKeychain", "no D-Bus session bus, so no keychain to reach"));
}

// Starts one job (handing it `done`) and waits for its answer.
template <typename T> T waitFor(const std::function<void(std::function<void(T)>)>& start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return std::move(*result);
}

} // namespace

bool BlockingKeychain::isAvailable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

Result<QString> BlockingKeychain::read(const QString& name)
{
    if (!isAvailable())
        return noKeychain();
    KeychainSecretProvider keychain;
    return waitFor<Result<QString>>(
        [&](std::function<void(Result<QString>)> done) { keychain.read(name, done); });
}

Status BlockingKeychain::write(const QString& name, const QString& secret)
{
    if (!isAvailable())
        return noKeychain();
    KeychainSecretWriter keychain;
    return waitFor<Status>([&](std::function<void(Status)> done) { keychain.write(name, secret, done); });
}

Status BlockingKeychain::remove(const QString& name)
{
    if (!isAvailable())
        return noKeychain();
    KeychainSecretWriter keychain;
    return waitFor<Status>([&](std::function<void(Status)> done) { keychain.remove(name, done); });
}

} // namespace opsdeck
