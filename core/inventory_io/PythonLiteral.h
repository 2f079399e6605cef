#pragma once

#include <QString>
#include <QVariant>

namespace opsdeck::python_literal {

// Ansible's INI reader passes every host var and `[group:vars]` value through Python's
// ast.literal_eval and keeps the text when that fails. These two functions do the same for the
// literals Ansible can hand on as JSON:
//  - integers (decimal, 0x/0o/0b, '_' between digits) → qlonglong (beyond 64 bits: kept as text),
//    floats (`1.5`, `1.`, `.5`, `1e3`) → double, one leading '+' or '-';
//  - True / False → bool, None → a null QVariant;
//  - strings in '...', "...", '''...''' or """...""" with the u/r prefixes and Python's escapes,
//    adjacent strings joined;
//  - lists [...], tuples (...) and bare `1, 2` → QVariantList, sets {1, 2} → QVariantList,
//    dicts {k: v} → QVariantMap (keys as json.dumps writes them: 1 → "1", True → "true");
//  - white space and a trailing `# comment` around them.
// Anything else (a bare word, `007`, f-strings, bytes, complex numbers) is returned as the text.
QVariant evaluate(const QString& text);

// A Python literal that `evaluate` (and Ansible) read back as `value`: strings in single quotes
// with escapes for quotes, backslashes and line-breaking characters; NaN has no literal and is
// written as the string 'nan'.
QString literal(const QVariant& value);

// `text` itself when evaluate(text) gives it back unchanged, else literal(text): the shortest way
// to write a string so that Ansible's INI reader keeps it a string.
QString stringText(const QString& text);

} // namespace opsdeck::python_literal
