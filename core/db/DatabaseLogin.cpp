#include "db/DatabaseLogin.h"

#include "db/ConnectionProfile.h"
#include "db/Database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace opsdeck {

DatabaseLogin::Outcome DatabaseLogin::classify(const QSqlError& error, bool passwordGiven)
{
    // libpq reports a failed connection without a SQLSTATE, so its words are all there is:
    // "fe_sendauth: no password supplied" when the server asked and libpq had nothing,
    // "password authentication failed" when what it sent was wrong.
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (text.contains(QLatin1String("no password supplied"), Qt::CaseInsensitive))
        return Outcome::PasswordNeeded;
    if (text.contains(QLatin1String("password authentication failed"), Qt::CaseInsensitive) ||
        error.nativeErrorCode() == QLatin1String("28P01"))
        return passwordGiven ? Outcome::PasswordRejected : Outcome::PasswordNeeded;
    return Outcome::Accepted;
}

Result<DatabaseLogin::Outcome> DatabaseLogin::attempt(const DatabaseUrl& url, const QString& password)
{
    static QAtomicInteger<quint64> serial;
    const QString name = QStringLiteral("opsdeck-login-%1").arg(serial.fetchAndAddRelaxed(1));
    const ConnectionProfile profile =
        ConnectionProfile::postgres(url.host, url.port, url.dbname, url.user, url.sslmode, password);
    Result<Outcome> result = Outcome::Accepted;
    {
        auto configured = profile.configure(name);
        if (!configured.ok())
            return configured.error();
        QSqlDatabase db = *configured;
        configured = Error::failure({});
        if (!db.open()) {
            const Outcome outcome = classify(db.lastError(), !password.isEmpty());
            result = outcome != Outcome::Accepted
                         ? Result<Outcome>(outcome)
                         : Result<Outcome>(Database::sqlError(
                               QCoreApplication::translate("Database", "connecting to %1 failed")
                                   .arg(url.display()),
                               db.lastError()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

QString DatabaseLogin::secretName(const DatabaseUrl& url)
{
    return QStringLiteral("db:%1@%2:%3/%4").arg(url.user, url.host).arg(url.port).arg(url.dbname);
}

} // namespace opsdeck
