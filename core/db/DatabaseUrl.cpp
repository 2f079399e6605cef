#include "db/DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace opsdeck {

bool DatabaseUrl::isUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!isUrl(text) || !url.isValid())
        return Error::usage(
            QCoreApplication::translate(
                "Database", "'%1' is not a database URL such as postgresql://USER@HOST:5432/DBNAME")
                .arg(QUrl(text).toDisplayString(QUrl::RemovePassword)));
    if (!url.password().isEmpty())
        return Error::usage(QCoreApplication::translate(
            "Database", "a database URL must not hold the password; put it in ~/.pgpass "
                        "(HOST:PORT:DBNAME:USER:PASSWORD, mode 0600)"));
    DatabaseUrl out;
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.dbname = url.path().mid(1);
    if (out.host.isEmpty() || out.user.isEmpty() || out.dbname.isEmpty() ||
        out.dbname.contains(QLatin1Char('/')))
        return Error::usage(QCoreApplication::translate("Database",
                                                        "'%1' needs a user, a host and a database name: "
                                                        "postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=...]")
                                .arg(text));
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key != QLatin1String("sslmode"))
            return Error::usage(QCoreApplication::translate(
                                    "Database", "the database URL option '%1' is not known; only sslmode is")
                                    .arg(key));
        static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                          QStringLiteral("prefer"),    QStringLiteral("require"),
                                          QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
        if (!modes.contains(value))
            return Error::usage(QCoreApplication::translate("Database", "sslmode '%1' is not one of %2")
                                    .arg(value, modes.join(QStringLiteral(", "))));
        out.sslmode = value;
    }
    return out;
}

QString DatabaseUrl::display() const
{
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(dbname);
}

} // namespace opsdeck
