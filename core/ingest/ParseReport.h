#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// One malformed line as kept for the user: where, why, and what it said.
struct MalformedLine
{
    static constexpr qsizetype kMaxTextBytes = 200;

    int line = 0;   // 1-based
    QString reason; // "bad label name"
    QString text;   // the line as read, cut at kMaxTextBytes (on a UTF-8 boundary, "…" appended)

    // The line's text as kept: at most kMaxTextBytes bytes of it, invalid UTF-8 replaced.
    static QString clip(QByteArrayView text);
    bool operator==(const MalformedLine&) const = default;
};

// What a parser made of its input: how many records it took, how many it refused and,
// for the first kMaxErrors refused ones, why ("line N: what"); parsers that see lines
// also keep the last kMaxRecent malformed lines with their text. A malformed record
// never costs the rest of the batch.
struct ParseReport
{
    static constexpr int kMaxErrors = 20;
    static constexpr int kMaxRecent = 5;

    int accepted = 0;
    int malformed = 0;
    QStringList errors;          // first kMaxErrors, "line N: what"
    QList<int> errorLines;       // the line N of each entry of `errors`, to quote the line itself
    QList<MalformedLine> recent; // the last kMaxRecent malformed lines, oldest first

    // Counts one malformed record (line is 1-based) and keeps its text if fewer than
    // kMaxErrors are kept already.
    void addError(int line, const QString& what);
    // Keeps a malformed line among the last kMaxRecent (does not count it: addError does).
    void keepRecent(int line, const QString& what, QByteArrayView text);
    // Adds another report's counts and errors (errors still capped, the last recent kept).
    void merge(const ParseReport& other);
};

} // namespace opsdeck
