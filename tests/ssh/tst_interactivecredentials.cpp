// InteractiveCredentials' chain: typed earlier, then the keychain, then the operator; a
// wrong answer asks again; an unreachable keychain is said once and then skipped.
#include "ssh/InteractiveCredentials.h"

#include <QTest>
#include <optional>

using namespace opsdeck;
using namespace opsdeck::ssh;

namespace {

// A keychain that cannot be reached: every read is a Failure.
class UnreachableKeychain final : public CredentialProvider
{
public:
    void request(const CredentialRequest&, Done done) override
    {
        ++reads;
        done(Error::failure(QStringLiteral("no Secret Service")));
    }
    int reads = 0;
};

struct Operator
{
    QStringList notices;
    int asked = 0;
    QString answer = QStringLiteral("typed");
    InteractiveCredentials::Ask ask()
    {
        return [this](const CredentialRequest&, const QString& notice, CredentialProvider::Done done) {
            ++asked;
            notices << notice;
            done(answer);
        };
    }
};

CredentialRequest passphrase(const QString& key, bool retry = false)
{
    return {CredentialRequest::Kind::KeyPassphrase, key, {}, {}, retry};
}

QString answerOf(CredentialProvider& p, const CredentialRequest& r)
{
    std::optional<Result<QString>> got;
    p.request(r, [&](Result<QString> s) { got = std::move(s); });
    if (!got)
        return QStringLiteral("<no answer>");
    return got->ok() ? **got : QStringLiteral("<error: %1>").arg(got->error().message);
}

} // namespace

class tst_InteractiveCredentials : public QObject
{
    Q_OBJECT

private slots:
    void keychainFirstThenOperatorOnce()
    {
        auto keychain = std::make_shared<InMemoryCredentialProvider>();
        keychain->set(passphrase(QStringLiteral("/k1")).secretName(), QStringLiteral("from-keychain"));
        Operator op;
        InteractiveCredentials chain(keychain, op.ask());
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k1"))), QStringLiteral("from-keychain"));
        QCOMPARE(op.asked, 0);
        // Not in the keychain: asked, then remembered for this process.
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k2"))), QStringLiteral("typed"));
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k2"))), QStringLiteral("typed"));
        QCOMPARE(op.asked, 1);
        QCOMPARE(op.notices, QStringList{QString()}); // the keychain works: no notice
    }

    void wrongAnswerAsksAgain()
    {
        auto keychain = std::make_shared<InMemoryCredentialProvider>();
        keychain->set(passphrase(QStringLiteral("/k")).secretName(), QStringLiteral("stale"));
        Operator op;
        InteractiveCredentials chain(keychain, op.ask());
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k"))), QStringLiteral("stale"));
        op.answer = QStringLiteral("right");
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k"), true)), QStringLiteral("right"));
        QCOMPARE(op.asked, 1);
        // What was typed now wins over the keychain's stale entry.
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k"))), QStringLiteral("right"));
        QCOMPARE(op.asked, 1);
    }

    void unreachableKeychainSaidOnce()
    {
        auto keychain = std::make_shared<UnreachableKeychain>();
        Operator op;
        InteractiveCredentials chain(keychain, op.ask());
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/a"))), QStringLiteral("typed"));
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/b"))), QStringLiteral("typed"));
        QCOMPARE(keychain->reads, 1); // not tried again once out of reach
        QCOMPARE(op.notices.size(), 2);
        QVERIFY2(op.notices.at(0).contains(QStringLiteral("no Secret Service")),
                 qPrintable(op.notices.at(0)));
        QVERIFY(op.notices.at(1).isEmpty());
    }

    void noKeychainGivesItsReason()
    {
        Operator op;
        InteractiveCredentials chain(nullptr, op.ask(), QStringLiteral("no D-Bus session bus"));
        const CredentialRequest pw{
            CredentialRequest::Kind::Password, {}, QStringLiteral("root"), QStringLiteral("db1"), false};
        QCOMPARE(answerOf(chain, pw), QStringLiteral("typed"));
        QVERIFY(op.notices.value(0).contains(QStringLiteral("no D-Bus session bus")));
    }

    void operatorRefusalIsAnError()
    {
        InteractiveCredentials chain(
            nullptr, [](const CredentialRequest&, const QString&, CredentialProvider::Done done) {
                done(Error::refused(QStringLiteral("cancelled")));
            });
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k"))), QStringLiteral("<error: cancelled>"));
        // Nothing remembered: the next request asks again (and fails again).
        QCOMPARE(answerOf(chain, passphrase(QStringLiteral("/k"))), QStringLiteral("<error: cancelled>"));
    }
};

QTEST_GUILESS_MAIN(tst_InteractiveCredentials)
#include "tst_interactivecredentials.moc"
