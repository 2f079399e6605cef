#pragma once

#include <QLatin1String>
#include <QString>
#include <array>
#include <cstddef>
#include <optional>
#include <utility>

namespace opsdeck {

// An enum's stored and printed names as a constexpr table of (value, name) pairs, and
// the two lookups every such table needs (JobTypes, CheckTypes, ...).
template <typename E, std::size_t N> using NameTable = std::array<std::pair<E, const char*>, N>;

template <typename E, std::size_t N> QString nameOf(const NameTable<E, N>& names, E value)
{
    for (const auto& [v, n] : names)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const NameTable<E, N>& names, const QString& name)
{
    for (const auto& [v, n] : names)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

} // namespace opsdeck
