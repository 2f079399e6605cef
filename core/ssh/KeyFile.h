#pragma once

#include <QString>

namespace opsdeck::ssh {

// What a private key file is, read from its header without the passphrase: OpenSSH's
// own format ("openssh-key-v1": the key type and cipher are in clear) or PEM.
struct KeyFile
{
    bool readable = false;
    QString type; // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"...; empty when not known
    bool encrypted = false;
    bool isRsa() const { return type == QLatin1String("ssh-rsa"); }

    static KeyFile inspect(const QString& path);
};

} // namespace opsdeck::ssh
