#pragma once

#include <QString>
#include <QVariant>

namespace opsdeck::yaml_scalar {

// How the readers type a plain (unquoted) YAML scalar, following YAML 1.1 as Ansible's PyYAML
// does: ~/null/empty → null QVariant, true/false/yes/no/on/off → bool, decimal integers →
// qlonglong, decimals with a point or exponent and .inf/-.inf/.nan → double, anything else →
// QString.
QVariant plainValue(const QString& text);

// Whether a string must be quoted so that a YAML reader keeps it a string.
bool needsQuotes(const QString& text);

// A double as text that reads back as a double (always has '.', 'e', or is .inf/.nan).
QString doubleText(double value);

} // namespace opsdeck::yaml_scalar
