// KnownHostsParser and KnownHostsStore on fixed files: the hashed lines below were written
// by `ssh-keygen -H` from "example.com ..." and "[10.0.0.1]:2222 ...".
#include "ssh/KnownHosts.h"
#include "ssh/KnownHostsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::ssh;

namespace {

const QByteArray kEd = "AAAAC3NzaC1lZDI1NTE5AAAAIMwfliajNFAKwKjj7OM3y3I5t8sH+jEEEhQyHC7ScfE4";
const QByteArray kEc =
    "AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBNlW+7aLD7NVPSIDjT5G5O4vWxt5bYI9WFQq0rH"
    "YwIZ7a7e/ZvO7IHZGrKQxsCK9t4J4zzxx/jaP4/K4B8GijCU=";
const QByteArray kOther = "AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl";

HostKey key(const QByteArray& b64)
{
    HostKey k;
    k.blob = QByteArray::fromBase64(b64);
    k.type = KnownHostsParser::wireKeyType(k.blob);
    return k;
}

} // namespace

class tst_KnownHostsStore : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintLikeSshKeygen();
    void parsesHashedAndPortLines();
    void skipsMalformedLines();
    void wildcardsAndNegation();
    void verdicts();
    void acceptWritesOpenSshFormat();

private:
    QString write(const QByteArray& text);
    QTemporaryDir m_dir;
};

QString tst_KnownHostsStore::write(const QByteArray& text)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("kh%1").arg(++n));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(text);
    return path;
}

void tst_KnownHostsStore::fingerprintLikeSshKeygen()
{
    QCOMPARE(key(kEd).fingerprint(), QStringLiteral("SHA256:O61VeKYhSTy5cNIZtQ0PxXiipPn6ZTvr6ERqRLvko3Q"));
    QCOMPARE(key(kEc).fingerprint(), QStringLiteral("SHA256:N+67ZKvxXy70s5I/bqhDETUfLcgZsVHOz6Sj43S6Uwo"));
    QCOMPARE(key(kEc).type, QStringLiteral("ecdsa-sha2-nistp256"));
}

void tst_KnownHostsStore::parsesHashedAndPortLines()
{
    const QByteArray text =
        "# comment\n\n"
        "|1|SP9f02HtdYskUn7zzXKwkfh2+0E=|sNN2NNNinKeLpXwFFe0XqbVD18U= ssh-ed25519 " +
        kEd +
        "\n"
        "|1|Czj4wvb0dBRwlflR43Zs9vUQXkg=|5YPXE8fYtoWtct2FEoj28/LPwN4= ecdsa-sha2-nistp256 " +
        kEc + " a comment\r\n";
    const auto parsed = KnownHostsParser::parse(text);
    QCOMPARE(parsed.entries.size(), 2);
    QVERIFY(parsed.malformedLines.isEmpty());
    QCOMPARE(parsed.entries[0].line, 3);
    QVERIFY(parsed.entries[0].matches(QStringLiteral("example.com"), 22));
    QVERIFY(parsed.entries[0].matches(QStringLiteral("EXAMPLE.com"), 22));
    QVERIFY(!parsed.entries[0].matches(QStringLiteral("example.com"), 2222));
    QVERIFY(!parsed.entries[0].matches(QStringLiteral("example.org"), 22));
    QVERIFY(parsed.entries[1].matches(QStringLiteral("10.0.0.1"), 2222));
    QVERIFY(!parsed.entries[1].matches(QStringLiteral("10.0.0.1"), 22));
    QCOMPARE(parsed.entries[1].keyType, QStringLiteral("ecdsa-sha2-nistp256"));
    // Written back and read again: the same entry.
    KnownHostEntry again;
    QVERIFY(KnownHostsParser::parseLine(parsed.entries[1].toLine(), &again));
    again.line = parsed.entries[1].line;
    QCOMPARE(again, parsed.entries[1]);
}

void tst_KnownHostsStore::skipsMalformedLines()
{
    const QByteArray text = "host ssh-ed25519 !!notbase64\n" // 1
                            "host ssh-rsa " +
                            kEd +
                            "\n"                 // 2: type column lies
                            "host ssh-ed25519\n" // 3: no key
                            "@weird host ssh-ed25519 " +
                            kEd +
                            "\n" // 4: unknown marker
                            "|1|abc|def ssh-ed25519 " +
                            kEd +
                            "\n"                     // 5: bad hash
                            "host 2048 35 1234567\n" // 6: RSA1
                            "good ssh-ed25519 " +
                            kEd + "\n"; // 7
    const auto parsed = KnownHostsParser::parse(text);
    QCOMPARE(parsed.malformedLines, (QList<int>{1, 2, 3, 4, 5, 6}));
    QCOMPARE(parsed.entries.size(), 1);
    QCOMPARE(parsed.entries[0].line, 7);
}

void tst_KnownHostsStore::wildcardsAndNegation()
{
    KnownHostEntry e;
    QVERIFY(KnownHostsParser::parseLine("*.example.com,!bad.example.com,10.1.?.1 ssh-ed25519 " + kEd, &e));
    QVERIFY(e.matches(QStringLiteral("a.example.com"), 22));
    QVERIFY(!e.matches(QStringLiteral("bad.example.com"), 22));
    QVERIFY(e.matches(QStringLiteral("10.1.5.1"), 22));
    QVERIFY(!e.matches(QStringLiteral("10.1.55.1"), 22));
    QVERIFY(!e.matches(QStringLiteral("a.example.com"), 23)); // "[a.example.com]:23" does not match
    QVERIFY(KnownHostsParser::parseLine("[*.example.com]:* ssh-ed25519 " + kEd, &e));
    QVERIFY(e.matches(QStringLiteral("a.example.com"), 23));
}

void tst_KnownHostsStore::verdicts()
{
    const QString user = write("example.com ssh-ed25519 " + kEd +
                               "\n"
                               "changed.example ssh-ed25519 " +
                               kOther +
                               "\n"
                               "@cert-authority * ssh-ed25519 " +
                               kOther +
                               "\n"
                               "ecdsa.example ecdsa-sha2-nistp256 " +
                               kEc +
                               "\n"
                               "@revoked * ssh-ed25519 " +
                               kOther + "\n");
    KnownHostsStore store({user}, m_dir.filePath(QStringLiteral("own")));
    using K = KnownHostsStore::Verdict::Kind;
    QCOMPARE(store.check(QStringLiteral("example.com"), 22, key(kEd)).kind, K::Known);
    QCOMPARE(store.check(QStringLiteral("nowhere"), 22, key(kEd)).kind, K::Unknown);
    const auto changed = store.check(QStringLiteral("changed.example"), 22, key(kEd));
    QCOMPARE(changed.kind, K::Changed);
    QCOMPARE(changed.file, user);
    QCOMPARE(changed.line, 2);
    QCOMPARE(changed.old.blob, QByteArray::fromBase64(kOther));
    const auto other = store.check(QStringLiteral("ecdsa.example"), 22, key(kEd)); // another type on file
    QCOMPARE(other.kind, K::Unknown);
    QCOMPARE(other.otherTypesKnown, QStringList{QStringLiteral("ecdsa-sha2-nistp256")});
    const auto revoked = store.check(QStringLiteral("anything"), 22, key(kOther));
    QCOMPARE(revoked.kind, K::Revoked);
    QCOMPARE(revoked.line, 5);
    const SshError e = KnownHostsStore::errorFor(changed, QStringLiteral("changed.example"), 22, key(kEd));
    QCOMPARE(e.kind, SshFailure::HostKeyChanged);
    QCOMPARE(e.error.code, Error::Code::Refused);
    QVERIFY(e.error.message.contains(key(kEd).fingerprint()));
    QVERIFY(e.error.message.contains(key(kOther).fingerprint()));
    QVERIFY(e.error.message.contains(user + QStringLiteral(":2")));
}

void tst_KnownHostsStore::acceptWritesOpenSshFormat()
{
    const QString own = m_dir.filePath(QStringLiteral("sub/own_known_hosts"));
    KnownHostsStore store({}, own);
    QVERIFY(store.accept(QStringLiteral("Host.Example"), 2222, key(kEd)).ok());
    QVERIFY(store.accept(QStringLiteral("plain"), 22, key(kEc)).ok());
    QFile f(own);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
             "[host.example]:2222 ssh-ed25519 " + kEd + "\nplain ecdsa-sha2-nistp256 " + kEc + "\n");
    QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    QCOMPARE(store.check(QStringLiteral("host.example"), 2222, key(kEd)).kind,
             KnownHostsStore::Verdict::Kind::Known);
}

QTEST_GUILESS_MAIN(tst_KnownHostsStore)
#include "tst_knownhostsstore.moc"
