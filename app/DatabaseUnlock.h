#pragma once

#include "db/DatabaseUrl.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace opsdeck {

// Finds the password a shared database wants, before Opsdeck opens it (the window's
// start-up and every CLI command that reads the database). In order: none at all
// (trust, a client certificate, or libpq's ~/.pgpass), the keychain's entry
// DatabaseLogin::secretName(), then the user, asked up to three times. A password the
// user typed that the server took is stored in the keychain (when they let it), so they
// are asked once. The password is never put in the URL, a setting or a log.
// Blocking: runs on the main thread with nothing else going on.
class DatabaseUnlock
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUnlock)

public:
    struct Answer
    {
        QString password;
        bool remember = true;
    };
    // Asks the user for `url`'s password (`retry`: the last one was wrong). An error
    // ends the search: the user cancelled, or there is no way to ask (no terminal).
    using Ask = std::function<Result<Answer>(const DatabaseUrl& url, bool retry)>;

    struct Unlocked
    {
        QString password; // empty: none needed (or libpq finds it)
        QString notice;   // what the user should know (stored in the keychain, or why not)
    };

    // A SQLite path needs nothing. A URL is tried as said above.
    static Result<Unlocked> unlock(const QString& dbPath, const Ask& ask);
};

} // namespace opsdeck
