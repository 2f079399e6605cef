#pragma once

#include "checks/CheckProbe.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace opsdeck::test {

inline CheckDefinition probeCheck(CheckKind kind, const QJsonObject& params)
{
    CheckDefinition c;
    c.id = 1;
    c.name = QStringLiteral("probe");
    c.kind = kind;
    c.params = params;
    return c;
}

// Runs `probe` on `target` and waits for its one result (a failed wait gives a result
// whose message says so, which the caller's comparisons then show).
inline ProbeResult runProbe(CheckProbe& probe, const QString& target = {}, int waitMs = 30000)
{
    QSignalSpy spy(&probe, &CheckProbe::finished);
    probe.run(target);
    if (spy.isEmpty() && !spy.wait(waitMs)) {
        ProbeResult r;
        r.message = QStringLiteral("(no finished() within the test's wait)");
        return r;
    }
    if (spy.size() != 1 || probe.running()) {
        ProbeResult r;
        r.message = QStringLiteral("(finished() %1 times)").arg(spy.size());
        return r;
    }
    return spy.first().at(1).value<ProbeResult>();
}

} // namespace opsdeck::test
