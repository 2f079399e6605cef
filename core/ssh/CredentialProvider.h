#pragma once

#include "util/Result.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>

namespace opsdeck::ssh {

// What a connection needs a secret for.
struct CredentialRequest
{
    enum class Kind
    {
        KeyPassphrase,
        Password
    };
    Kind kind = Kind::KeyPassphrase;
    QString keyFile;    // KeyPassphrase: the private key's path
    QString user;       // Password
    QString host;       // Password: host or [host]:port
    bool retry = false; // the previous answer for this request was wrong

    // A stable name for the secret: "ssh-passphrase:PATH" or "ssh-password:USER@HOST",
    // the key a keychain entry is stored under.
    QString secretName() const;
};

// Where passphrases and passwords come from: the window asks the operator, the keychain
// answers, a test answers from memory. `request` runs on a connection's worker thread and
// must not block; `done` may be called once, from any thread, at any later time (the
// connection's timeout keeps running meanwhile). An Error (e.g. the operator cancelled)
// makes the connection skip that key or method.
class CredentialProvider
{
public:
    virtual ~CredentialProvider() = default;
    using Done = std::function<void(Result<QString>)>;
    virtual void request(const CredentialRequest& request, Done done) = 0;
};

// Answers from secrets set beforehand by name (CredentialRequest::secretName); unknown
// names and retries are NotFound. Secrets stay in memory only. Thread-safe.
class InMemoryCredentialProvider final : public CredentialProvider
{
public:
    void set(const QString& secretName, const QString& secret);
    void request(const CredentialRequest& request, Done done) override;
    int requests() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, QString> m_secrets;
    int m_requests = 0;
};

} // namespace opsdeck::ssh
