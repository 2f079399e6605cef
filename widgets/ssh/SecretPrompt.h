#pragma once

#include "sources/SecretProvider.h"
#include "ssh/InteractiveCredentials.h"
#include "ssh/SecretProviderCredentials.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QWidget;

namespace opsdeck {

class SecretWriter;

// The window's passphrases and passwords for SSH: the keychain, else a dialog (echo off)
// that may store what was typed in the keychain ("Remember in the keychain"). What was
// typed is kept in memory while Opsdeck runs, so a job on 500 hosts asks once per key.
// One per window, made on the GUI thread; provider() is handed to every SshEngine the
// window starts (their worker threads ask; the dialog opens on the GUI thread).
class SecretPrompt final : public QObject
{
    Q_OBJECT
public:
    // `keychainWriter` may be null (nothing is stored, the box is hidden).
    SecretPrompt(QWidget* parentWindow, SecretProvider* keychain, SecretWriter* keychainWriter);
    ~SecretPrompt() override;

    // Shared with every JobSession: a worker may still ask while the window closes (then
    // the answer is an error).
    std::shared_ptr<ssh::CredentialProvider> provider() const { return m_chain; }

signals:
    // Said once: the keychain cannot be reached (also shown in the first dialog).
    void notice(const QString& message);
    // Storing a typed secret in the keychain failed.
    void storeFailed(const QString& message);

private:
    void ask(const ssh::CredentialRequest& request, const QString& notice,
             ssh::CredentialProvider::Done done);

    QPointer<QWidget> m_window;
    SecretWriter* m_writer;
    std::shared_ptr<ssh::SecretProviderCredentials> m_keychain;
    std::shared_ptr<ssh::InteractiveCredentials> m_chain;
};

} // namespace opsdeck
