#include "DatabaseUnlock.h"

#include "sources/BlockingKeychain.h"
#include "db/DatabaseLogin.h"

#include <QCoreApplication>

namespace opsdeck {

Result<DatabaseUnlock::Unlocked> DatabaseUnlock::unlock(const QString& dbPath, const Ask& ask)
{
    if (!DatabaseUrl::isUrl(dbPath))
        return Unlocked{};
    auto url = DatabaseUrl::parse(dbPath);
    if (!url.ok())
        return url.error();
    auto first = DatabaseLogin::attempt(*url, {});
    if (!first.ok())
        return first.error();
    if (*first == DatabaseLogin::Outcome::Accepted)
        return Unlocked{};

    Unlocked unlocked;
    const QString entry = DatabaseLogin::secretName(*url);
    bool retry = *first == DatabaseLogin::Outcome::PasswordRejected;
    if (BlockingKeychain::isAvailable()) {
        auto stored = BlockingKeychain::read(entry);
        if (stored.ok()) {
            auto withStored = DatabaseLogin::attempt(*url, *stored);
            if (!withStored.ok())
                return withStored.error();
            if (*withStored == DatabaseLogin::Outcome::Accepted)
                return Unlocked{*stored, {}};
            retry = true;
            unlocked.notice =
                tr("The keychain's password for %1 (entry %2) was refused.").arg(url->display(), entry);
        } else if (stored.error().code != Error::Code::NotFound) {
            unlocked.notice = stored.error().message;
        }
    }
    for (int tries = 0; tries < 3; ++tries, retry = true) {
        auto answer = ask(*url, retry);
        if (!answer.ok())
            return answer.error();
        auto login = DatabaseLogin::attempt(*url, answer->password);
        if (!login.ok())
            return login.error();
        if (*login != DatabaseLogin::Outcome::Accepted)
            continue;
        unlocked.password = answer->password;
        if (answer->remember) {
            Status stored = BlockingKeychain::write(entry, answer->password);
            unlocked.notice =
                stored.ok()
                    ? tr("The password for %1 is now in the keychain (entry %2).").arg(url->display(), entry)
                    : tr("The password for %1 was not stored in the keychain: %2")
                          .arg(url->display(), stored.error().message);
        }
        return unlocked;
    }
    return Error::refused(tr("%1 refused the password three times; check the user name, or put the "
                             "password in ~/.pgpass")
                              .arg(url->display()));
}

} // namespace opsdeck
