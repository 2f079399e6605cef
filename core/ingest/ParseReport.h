#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// What a parser made of its input: how many records it took, how many it refused and,
// for the first kMaxErrors refused ones, why ("line N: what"). A malformed record never
// costs the rest of the batch.
struct ParseReport
{
    static constexpr int kMaxErrors = 20;

    int accepted = 0;
    int malformed = 0;
    QStringList errors;    // first kMaxErrors, "line N: what"
    QList<int> errorLines; // the line N of each entry of `errors`, to quote the line itself

    // Counts one malformed record (line is 1-based) and keeps its text if fewer than
    // kMaxErrors are kept already.
    void addError(int line, const QString& what);
    // Adds another report's counts and errors (errors still capped).
    void merge(const ParseReport& other);
};

} // namespace opsdeck
