#pragma once

// What every benchmark needs: the median of its runs, and an exit on a failed set-up step.

#include "util/Result.h"

#include <QList>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace opsdeck::bench {

// The middle run (the upper middle of an even count); `empty` when there is none.
inline double median(QList<double> v, double empty = 0)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? empty : v.at(v.size() / 2);
}

// Ends the benchmark with `what` and the error when a set-up step failed.
inline void must(const Status& s, const char* what)
{
    if (!s.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, qPrintable(s.error().message));
        std::exit(1);
    }
}

} // namespace opsdeck::bench
