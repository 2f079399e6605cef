#include "checks/CheckTypes.h"

#include "util/NameTable.h"

namespace opsdeck {

namespace {

constexpr NameTable<CheckKind, 7> kKinds{{
    {CheckKind::Metric, "metric"},
    {CheckKind::Http, "http"},
    {CheckKind::Tcp, "tcp"},
    {CheckKind::Jenkins, "jenkins"},
    {CheckKind::Nagios, "nagios"},
    {CheckKind::Unreachable, "unreachable"},
    {CheckKind::Lifecycle, "lifecycle"},
}};

constexpr NameTable<Importance, 3> kImportances{{
    {Importance::Warning, "warning"},
    {Importance::Error, "error"},
    {Importance::Critical, "critical"},
}};

constexpr NameTable<CheckStatus, 4> kStatuses{{
    {CheckStatus::Ok, "ok"},
    {CheckStatus::Warning, "warning"},
    {CheckStatus::Critical, "critical"},
    {CheckStatus::Unknown, "unknown"},
}};

constexpr NameTable<CheckState, 4> kStates{{
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
