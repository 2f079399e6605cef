#include "jobs/JobTypes.h"

#include "util/NameTable.h"

namespace opsdeck {
namespace {

constexpr NameTable<JobKind, 4> kKinds{{{JobKind::Command, "command"},
                                        {JobKind::Deploy, "deploy"},
                                        {JobKind::RelationChanged, "relation-changed"},
                                        {JobKind::Init, "init"}}};
constexpr NameTable<JobState, 7> kJobStates{{{JobState::Pending, "pending"},
                                             {JobState::Running, "running"},
                                             {JobState::Paused, "paused"},
                                             {JobState::Ok, "ok"},
                                             {JobState::Failed, "failed"},
                                             {JobState::Cancelled, "cancelled"},
                                             {JobState::Interrupted, "interrupted"}}};
constexpr NameTable<HostState, 6> kHostStates{{{HostState::Pending, "pending"},
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
