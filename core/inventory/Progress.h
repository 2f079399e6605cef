#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace opsdeck {

// How far a bulk inventory operation has got: called on the thread doing the work with
// (done, total) rows; returning false asks it to stop, and the stopped operation rolls
// its transaction back (nothing written).
using ProgressFn = std::function<bool(qint64 done, qint64 total)>;

// Calls a ProgressFn at a sensible granularity: every 1% or every 500 rows, whichever
// is more often, and always at the end.
class ProgressTicker
{
public:
    ProgressTicker(const ProgressFn& fn, qint64 total)
        : m_fn(fn), m_total(total), m_every(std::max<qint64>(1, std::min<qint64>(500, total / 100)))
    {}

    // One more row done; refused (the operation stops and rolls back) when cancelled.
    Status step()
    {
        ++m_done;
        if (!m_fn || (m_done % m_every != 0 && m_done < m_total))
            return {};
        return report();
    }
    // The end: (total, total), once.
    Status finish()
    {
        if (!m_fn)
            return {};
        m_done = m_total;
        return report();
    }

    static Error cancelled()
    {
        return Error::refused(
            QCoreApplication::translate("Inventory", "cancelled by the operator; nothing was written"));
    }

private:
    Status report()
    {
        if (m_done == m_reported)
            return {};
        m_reported = m_done;
        if (!m_fn(m_done, m_total))
            return cancelled();
        return {};
    }

    const ProgressFn& m_fn;
    qint64 m_total;
    qint64 m_every;
    qint64 m_done = 0;
    qint64 m_reported = -1;
};

} // namespace opsdeck
