// Fuzz target: the conf.d plugin reader (TOML via toml++). Whatever the bytes, it must
// neither crash nor throw, and every plugin it keeps has a valid name, a command and a
// timeout within bounds.

#include "collector/PluginConfig.h"

#include <QByteArrayView>
#include <QRegularExpression>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace opsdeck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    const QByteArrayView input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const PluginConfig c = parsePluginConfig(input, QStringLiteral("fuzz.toml"));
    for (const PluginSpec& p : c.plugins) {
        if (!name.match(p.name).hasMatch() || p.command.isEmpty() || p.timeoutMs <= 0 ||
            p.timeoutMs > PluginSpec::maxTimeoutMs)
            std::abort();
    }
    for (const PluginWarning& w : c.warnings)
        if (w.plugin.isEmpty() || w.message.isEmpty())
            std::abort();
    return 0;
}
