#include "util/Clock.h"

namespace opsdeck {

Clock& Clock::system()
{
    static SystemClock clock;
    return clock;
}

} // namespace opsdeck
