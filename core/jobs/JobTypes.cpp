#include "jobs/JobTypes.h"

#include <array>
#include <utility>

namespace opsdeck {
namespace {

template <typename E, size_t N> QString nameOf(const std::array<std::pair<E, const char*>, N>& names, E value)
{
    for (const auto& [v, n] : names)
        if (v == value)
            return QString::fromLatin1(n);
    return {};
}

template <typename E, size_t N>
std::optional<E> valueOf(const std::array<std::pair<E, const char*>, N>& names, const QString& name)
{
    for (const auto& [v, n] : names)
        if (name == QLatin1String(n))
            return v;
    return std::nullopt;
}

constexpr std::array<std::pair<JobKind, const char*>, 4> kKinds{
    {{JobKind::Command, "command"},
     {JobKind::Deploy, "deploy"},
     {JobKind::RelationChanged, "relation-changed"},
     {JobKind::Init, "init"}}};
constexpr std::array<std::pair<JobState, const char*>, 7> kJobStates{
    {{JobState::Pending, "pending"},
     {JobState::Running, "running"},
     {JobState::Paused, "paused"},
     {JobState::Ok, "ok"},
     {JobState::Failed, "failed"},
     {JobState::Cancelled, "cancelled"},
     {JobState::Interrupted, "interrupted"}}};
constexpr std::array<std::pair<HostState, const char*>, 6> kHostStates{
    {{HostState::Pending, "pending"},
     {HostState::Running, "running"},
     {HostState::Ok, "ok"},
     {HostState::Failed, "failed"},
     {HostState::Cancelled, "cancelled"},
     {HostState::Interrupted, "interrupted"}}};

} // namespace

QString jobKindName(JobKind k)
{
    return nameOf(kKinds, k);
}

std::optional<JobKind> jobKindFromName(const QString& name)
{
    return valueOf(kKinds, name);
}

QString jobStateName(JobState s)
{
    return nameOf(kJobStates, s);
}

std::optional<JobState> jobStateFromName(const QString& name)
{
    return valueOf(kJobStates, name);
}

QString hostStateName(HostState s)
{
    return nameOf(kHostStates, s);
}

std::optional<HostState> hostStateFromName(const QString& name)
{
    return valueOf(kHostStates, name);
}

bool isFinished(JobState s)
{
    return s == JobState::Ok || s == JobState::Failed || s == JobState::Cancelled ||
           s == JobState::Interrupted;
}

bool isFinished(HostState s)
{
    return s == HostState::Ok || s == HostState::Failed || s == HostState::Cancelled ||
           s == HostState::Interrupted;
}

} // namespace opsdeck
