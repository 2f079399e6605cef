#pragma once

#include "util/Result.h"

#include <QString>

namespace opsdeck {

// The keychain (QtKeychain, service "opsdeck") for code that may wait for its answer: the
// CLI's commands and the window's start-up, on the main thread, before anything else
// runs; worker threads with an event loop of their own (the checker's, a pool's task). Each call runs one job and spins a local event loop until it ends. Without a
// D-Bus session bus there is no keychain (QtKeychain would try to start a bus): every
// call then fails with that reason.
class BlockingKeychain
{
public:
    static bool isAvailable();
    // NotFound when there is no such entry.
    static Result<QString> read(const QString& name);
    static Status write(const QString& name, const QString& secret);
    // A missing entry is no error.
    static Status remove(const QString& name);
};

} // namespace opsdeck
