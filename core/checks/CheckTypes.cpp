#include "checks/CheckTypes.h"

#include <array>
#include <utility>

namespace opsdeck {

namespace {

template <typename E, std::size_t N>
QString nameOf(const std::array<std::pair<E, const char*>, N>& table, E value)
{
    for (const auto& [e, name] : table) {
        if (e == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename E, std::size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& table, const QString& name)
{
    for (const auto& [e, n] : table) {
        if (name == QLatin1String(n))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<CheckKind, const char*>, 7> kKinds{{
    {CheckKind::Metric, "metric"},
    {CheckKind::Http, "http"},
    {CheckKind::Tcp, "tcp"},
    {CheckKind::Jenkins, "jenkins"},
    {CheckKind::Nagios, "nagios"},
    {CheckKind::Unreachable, "unreachable"},
    {CheckKind::Lifecycle, "lifecycle"},
}};

constexpr std::array<std::pair<Importance, const char*>, 3> kImportances{{
    {Importance::Warning, "warning"},
    {Importance::Error, "error"},
    {Importance::Critical, "critical"},
}};

constexpr std::array<std::pair<CheckStatus, const char*>, 4> kStatuses{{
    {CheckStatus::Ok, "ok"},
    {CheckStatus::Warning, "warning"},
    {CheckStatus::Critical, "critical"},
    {CheckStatus::Unknown, "unknown"},
}};

constexpr std::array<std::pair<CheckState, const char*>, 4> kStates{{
    {CheckState::Pending, "pending"},
    {CheckState::Passing, "passing"},
    {CheckState::Failing, "failing"},
    {CheckState::Unknown, "unknown"},
}};

int badness(CheckStatus s)
{
    switch (s) {
    case CheckStatus::Ok:
        return 0;
    case CheckStatus::Unknown:
        return 1;
    case CheckStatus::Warning:
        return 2;
    case CheckStatus::Critical:
        return 3;
    }
    return 1;
}

} // namespace

QString checkKindName(CheckKind k)
{
    return nameOf(kKinds, k);
}
std::optional<CheckKind> checkKindFromName(const QString& name)
{
    return valueOf(kKinds, name);
}
QString importanceName(Importance i)
{
    return nameOf(kImportances, i);
}
std::optional<Importance> importanceFromName(const QString& name)
{
    return valueOf(kImportances, name);
}
QString checkStatusName(CheckStatus s)
{
    return nameOf(kStatuses, s);
}
std::optional<CheckStatus> checkStatusFromName(const QString& name)
{
    return valueOf(kStatuses, name);
}
QString checkStateName(CheckState s)
{
    return nameOf(kStates, s);
}
std::optional<CheckState> checkStateFromName(const QString& name)
{
    return valueOf(kStates, name);
}

CheckStatus worse(CheckStatus a, CheckStatus b)
{
    return badness(a) >= badness(b) ? a : b;
}

int nagiosExitCode(CheckStatus s)
{
    return static_cast<int>(s);
}

} // namespace opsdeck
