#include "util/Versions.h"

#include "db/Database.h"
#include "opsdeck/BuildInfo.h"

#include <QtGlobal>
#include <libssh2.h>

namespace opsdeck {

QList<QPair<QString, QString>> libraryVersions()
{
    return {
        {QStringLiteral("Opsdeck"), QStringLiteral(OPSDECK_VERSION_STRING)},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("libssh2"), QString::fromLatin1(libssh2_version(0))},
        {QStringLiteral("QtKeychain"), QStringLiteral(OPSDECK_KEYCHAIN_VERSION_STRING)},
        {QStringLiteral("SQLite"), Database::sqliteLibraryVersion()},
    };
}

} // namespace opsdeck
