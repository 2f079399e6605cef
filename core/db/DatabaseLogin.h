#pragma once

#include "db/DatabaseUrl.h"
#include "util/Result.h"

#include <QString>

class QSqlError;

namespace opsdeck {

// Whether a shared database lets its URL's user in, and what it wants for that. Asked
// before anything else opens the database, so that a missing or wrong password becomes
// a question to the user rather than an error: the password then comes from the
// keychain (entry secretName()) or from the user, never from the URL or a setting.
class DatabaseLogin
{
public:
    enum class Outcome
    {
        Accepted,         // in: trust, ~/.pgpass, a certificate or the password given
        PasswordNeeded,   // the server asks for a password and none was given
        PasswordRejected, // the password given (or ~/.pgpass's) is wrong
    };

    // Opens one connection and closes it again: blocking, at most the connect timeout
    // (10 s); any thread. A server that cannot be reached, a TLS failure or a missing
    // database is an error; a missing or wrong password is an Outcome.
    static Result<Outcome> attempt(const DatabaseUrl& url, const QString& password);

    // How the server's answer reads: a password asked for, or one refused.
    static Outcome classify(const QSqlError& error, bool passwordGiven);

    // The keychain entry that holds `url`'s password: db:USER@HOST:PORT/DBNAME.
    static QString secretName(const DatabaseUrl& url);
};

} // namespace opsdeck
