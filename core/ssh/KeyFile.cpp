#include "ssh/KeyFile.h"

#include <QFile>

namespace opsdeck::ssh {

namespace {

// Reads an SSH "string" (uint32 length + bytes) at *pos.
bool readString(const QByteArray& b, qsizetype* pos, QByteArray* out)
{
    if (*pos + 4 > b.size())
        return false;
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + *pos);
    const quint32 n = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
    if (qsizetype(n) > b.size() - *pos - 4)
        return false;
    *out = b.mid(*pos + 4, n);
    *pos += 4 + n;
    return true;
}

void inspectOpenSsh(const QByteArray& text, KeyFile* k)
{
    const qsizetype begin = text.indexOf('\n') + 1;
    const qsizetype end = text.indexOf("-----END");
    if (begin <= 0 || end < begin)
        return;
    const QByteArray blob =
        QByteArray::fromBase64(text.mid(begin, end - begin).simplified().replace(' ', ""));
    const QByteArray magic("openssh-key-v1\0", 15);
    if (!blob.startsWith(magic))
        return;
    qsizetype pos = magic.size();
    QByteArray cipher, kdf, kdfOptions, pub, type;
    if (!readString(blob, &pos, &cipher) || !readString(blob, &pos, &kdf) ||
        !readString(blob, &pos, &kdfOptions))
        return;
    k->encrypted = cipher != "none";
    pos += 4; // number of keys
    qsizetype pubPos = 0;
    if (readString(blob, &pos, &pub) && readString(pub, &pubPos, &type))
        k->type = QString::fromLatin1(type);
}

} // namespace

KeyFile KeyFile::inspect(const QString& path)
{
    KeyFile k;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return k;
    const QByteArray text = f.read(64 * 1024);
    k.readable = true;
    if (text.startsWith("-----BEGIN OPENSSH PRIVATE KEY-----")) {
        inspectOpenSsh(text, &k);
    } else if (text.startsWith("-----BEGIN RSA PRIVATE KEY-----")) {
        k.type = QStringLiteral("ssh-rsa");
        k.encrypted = text.contains("Proc-Type: 4,ENCRYPTED");
    } else if (text.startsWith("-----BEGIN EC PRIVATE KEY-----")) {
        k.type = QStringLiteral("ecdsa");
        k.encrypted = text.contains("Proc-Type: 4,ENCRYPTED");
    } else if (text.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----")) {
        k.encrypted = true;
    }
    return k;
}

} // namespace opsdeck::ssh
