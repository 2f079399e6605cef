#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace opsdeck {

// Where the window puts a source's password or token: the system keychain and nowhere
// else (never the database, QSettings or a log). Behind an interface so a test can see
// what would be written.
class SecretWriter
{
public:
    virtual ~SecretWriter() = default;
    using Callback = std::function<void(Status)>;
    // Stores `secret` under entry `name`; `done` runs once, later, on the calling thread.
    virtual void write(const QString& name, const QString& secret, Callback done) = 0;
    // Deletes entry `name` (a missing entry is no error); `done` as for write().
    virtual void remove(const QString& name, Callback done) = 0;
};

// QtKeychain, service "opsdeck" (where KeychainSecretProvider reads), key = the entry name.
class KeychainSecretWriter final : public QObject, public SecretWriter
{
    Q_OBJECT
public:
    explicit KeychainSecretWriter(QObject* parent = nullptr) : QObject(parent) {}
    void write(const QString& name, const QString& secret, Callback done) override;
    void remove(const QString& name, Callback done) override;
};

} // namespace opsdeck
