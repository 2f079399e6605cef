#include "util/Versions.h"

#include "opsdeck/BuildInfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>
#include <QtGlobal>

#include <libssh2.h>

namespace opsdeck {

namespace {
QString sqliteVersion()
{
    const QString name = QStringLiteral("opsdeck-version-probe-") + QUuid::createUuid().toString(QUuid::Id128);
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next())
                version = q.value(0).toString();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}
} // namespace

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Opsdeck"), QStringLiteral(OPSDECK_VERSION_STRING)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libssh2"), QString::fromLatin1(libssh2_version(0))},
        {QStringLiteral("QtKeychain"), QStringLiteral(OPSDECK_KEYCHAIN_VERSION_STRING)},
        {QStringLiteral("SQLite"), sqliteVersion()},
    };
}

} // namespace opsdeck
