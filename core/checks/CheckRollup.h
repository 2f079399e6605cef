#pragma once

#include "checks/CheckTypes.h"

#include <QList>
#include <QString>

namespace opsdeck {

// A node-bound check's status over the machines under the node.
struct NodeCheckStatus
{
    CheckStatus status = CheckStatus::Unknown;
    int total = 0;
    int failing = 0; // state Failing
    int unknown = 0; // state Unknown
    int pending = 0; // never run yet
    QString message; // translated, e.g. "3 of 10 hosts failing (2 allowed)"
};

// Cabot's allowed hosts: a check on a node fails only when more than
// `allowedHostFailures` of its targets fail; then its status is the worst of theirs.
// When the failing ones are within the allowance but with the unknown ones they are
// not, the node's status is Unknown (it cannot tell). No targets, or none run yet: Unknown.
class CheckRollup
{
public:
    static NodeCheckStatus rollUp(const QList<CheckRuntime>& targets, int allowedHostFailures);
};

} // namespace opsdeck
