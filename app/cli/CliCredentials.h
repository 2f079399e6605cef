#pragma once

#include "sources/SecretProvider.h"
#include "ssh/InteractiveCredentials.h"
#include "ssh/SecretProviderCredentials.h"

#include <memory>

namespace opsdeck::cli {

// The CLI's passphrases and passwords: the keychain (when a D-Bus session bus exists),
// else the terminal. The question is read from /dev/tty with echo off, on the main
// thread; with no terminal (a pipeline, CI) the key or method is skipped with an error
// that says how to give the secret instead. Make one per command, on the main thread,
// before the SshEngine that uses it.
class CliCredentials
{
public:
    CliCredentials();
    ssh::CredentialProvider* provider() { return m_chain.get(); }

    // Asks on /dev/tty (blocking; the main thread's business only).
    static Result<QString> askTerminal(const ssh::CredentialRequest& request, const QString& notice);
    // Prints `notice` (when not empty) and `prompt` on /dev/tty and reads one line with
    // echo off; `noTerminal` when there is no terminal (a pipeline, CI).
    // The first line of stdin without its end (at most 64 KiB): a secret piped in.
    // An empty line is a usage error naming `option`.
    static Result<QString> readStdinLine(const QString& option);
    static Result<QString> readTerminal(const QString& notice, const QString& prompt,
                                        const Error& noTerminal);

private:
    std::unique_ptr<KeychainSecretProvider> m_keychain;
    std::shared_ptr<ssh::SecretProviderCredentials> m_keychainCredentials;
    std::unique_ptr<ssh::InteractiveCredentials> m_chain;
};

} // namespace opsdeck::cli
