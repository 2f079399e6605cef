#pragma once

// QVERIFY2 evaluates its message even when the check passes: a Result's error() must
// only be read when there is one.

#include "util/Result.h"

#include <QByteArray>

namespace opsdeck::test {

template <typename R> QByteArray why(const R& r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace opsdeck::test
