#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace opsdeck {

// Where a source's password or token comes from. The secret itself is never stored in
// the database and never logged.
class SecretProvider
{
public:
    virtual ~SecretProvider() = default;
    using Callback = std::function<void(Result<QString>)>;
    // Reads the entry `name`; `done` runs once, later, on the calling thread.
    virtual void read(const QString& name, Callback done) = 0;
};

// The system keychain through QtKeychain (service "opsdeck", key = the entry name).
// A missing entry is NotFound with a hint how to store it; a keychain that cannot be
// reached is a Failure with QtKeychain's reason.
class KeychainSecretProvider final : public QObject, public SecretProvider
{
    Q_OBJECT
public:
    explicit KeychainSecretProvider(QObject* parent = nullptr) : QObject(parent) {}
    void read(const QString& name, Callback done) override;

    static QString serviceName() { return QStringLiteral("opsdeck"); }
};

} // namespace opsdeck
