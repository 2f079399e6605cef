#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>

namespace opsdeck {

// The compact encoding of one chunk of a series: a timestamp column and any number of
// value columns of the same length, packed in one bit stream (Gorilla, VLDB 2015):
// timestamps as delta-of-deltas ('0' for a regular step, so one bit a point); each value
// column either as XOR'd doubles, or, when every value is a whole number within 2^53, as
// delta-of-deltas of integers (steady counters cost a few bits a point). Lossless.
class ChunkCodec
{
public:
    struct Columns
    {
        QList<qint64> timestamps;    // ascending
        QList<QList<double>> values; // each the same length as timestamps
    };

    static QByteArray encode(const Columns& columns);
    // Fails (never crashes) on truncated or damaged input.
    static Result<Columns> decode(const QByteArray& bytes);
};

} // namespace opsdeck
