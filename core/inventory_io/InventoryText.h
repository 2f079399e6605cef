#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcInventoryIo)

namespace opsdeck::inventory_text {

// Helpers shared by the inventory readers: strict UTF-8 lines, located errors, ports.

// The file's lines (UTF-8 BOM dropped, "\r\n" and "\n" both end a line); refuses bytes that are
// not UTF-8, naming the line.
Result<QStringList> splitLines(QByteArrayView text, const QString& fileName);

// Error::refused("fileName:line: message"); line 0 leaves the line out.
Error locatedError(const QString& fileName, int line, const QString& message);

// A TCP port (1..65535) from text such as "2222"; nullopt for anything else.
std::optional<int> parsePort(const QString& text);
std::optional<int> parsePort(const QVariant& value);

// "true"/"yes"/"on"/"1" and "false"/"no"/"off"/"0" (any case); nullopt otherwise.
std::optional<bool> parseBool(const QVariant& value);

// The one rule for a machine name in any inventory file, applied by every reader (so what one
// reader accepts, the JSON export reads back): outer white space (any Unicode space) and outer
// invisible format characters (a byte-order mark, a zero-width space) are dropped; what is left
// must not be empty and must hold no white space, control character or '/' (as the machine
// store requires). The name as kept, or Error::refused with the problem (no file or line).
Result<QString> machineName(const QString& raw);

// A node path as a reader keeps it: each part loses its outer white space and invisible
// format characters (a byte-order mark), as a machine name does.
QString nodePath(const QString& raw);

// What is wrong with a node path ("a//b", "/a", " a", a part with an outer byte-order
// mark), or an empty string when it is fine.
QString nodePathProblem(const QString& path);

} // namespace opsdeck::inventory_text
