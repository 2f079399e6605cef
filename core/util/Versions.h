#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace opsdeck {

// (component, version) for Opsdeck, Qt, libssh2, QtKeychain and SQLite: what
// Help > About and `opsdeck version` show.
QList<QPair<QString, QString>> libraryVersions();

} // namespace opsdeck
