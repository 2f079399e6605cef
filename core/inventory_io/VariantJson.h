#pragma once

#include <QJsonValue>
#include <QVariant>

namespace opsdeck::variant_json {

// QVariant ↔ JSON for inventory vars and meta: null ↔ invalid QVariant, whole numbers ↔
// qlonglong, other numbers ↔ double, strings, bools, lists and maps recursively.
QJsonValue toJson(const QVariant& value);
QVariant fromJson(const QJsonValue& value);

} // namespace opsdeck::variant_json
