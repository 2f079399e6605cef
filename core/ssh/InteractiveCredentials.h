#pragma once

#include "ssh/CredentialProvider.h"

#include <QHash>
#include <QMutex>
#include <QString>
#include <functional>
#include <memory>

namespace opsdeck::ssh {

// The credential chain the CLI and the window use: a secret asked earlier in this process,
// then the keychain, then the operator. What the operator typed is kept in memory only,
// for as long as Opsdeck runs (never in the database, a setting or a log). A wrong answer
// (a retry) skips the memory and the keychain and asks again. When the keychain cannot be
// reached, the first question carries a notice saying so (once per process); later ones
// go straight to the operator.
//
// `Ask` is the front end's question (the CLI reads the terminal, the window shows a
// dialog). It is called on a connection's worker thread, must not block it, and calls
// `done` once, from any thread. `notice` is empty except for that one keychain notice.
class InteractiveCredentials final : public CredentialProvider
{
public:
    using Ask = std::function<void(const CredentialRequest& request, const QString& notice, Done done)>;

    // `keychain` may be null (no keychain at all: the first question says so, with
    // `noKeychainReason`). Shared: a connection may still ask after its maker is gone.
    InteractiveCredentials(std::shared_ptr<CredentialProvider> keychain, Ask ask,
                           const QString& noKeychainReason = {});
    void request(const CredentialRequest& request, Done done) override;

    // False once the keychain proved out of reach (or there is none).
    bool keychainReachable() const;

    // How the keychain is said to be out of reach, with its reason.
    static QString keychainNotice(const QString& reason);

private:
    void askOperator(const CredentialRequest& request, Done done);
    QString takeNotice();

    std::shared_ptr<CredentialProvider> m_keychain;
    Ask m_ask;
    mutable QMutex m_mutex;
    QHash<QString, QString> m_typed; // secretName -> what the operator typed
    QString m_keychainProblem;       // set when the keychain could not be reached
    bool m_noticeGiven = false;
};

} // namespace opsdeck::ssh
