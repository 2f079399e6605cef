#include "checks/CheckProbeFactory.h"

#include "checks/HttpProbe.h"
#include "checks/JenkinsProbe.h"
#include "checks/MetricProbe.h"
#include "checks/NagiosProbe.h"
#include "checks/TcpProbe.h"
#include "checks/UnreachableProbe.h"

namespace opsdeck {

namespace {

// Asked only of a check that has a user to send it for.
QString passwordFor(const CheckDefinition& check, const ProbeServices& services)
{
    const bool wantsPassword = (check.kind == CheckKind::Http || check.kind == CheckKind::Jenkins) &&
                               !check.params.value(QLatin1String("user")).toString().isEmpty();
    return wantsPassword && services.password ? services.password(check) : QString();
}

} // namespace

void refreshCheckProbe(CheckProbe& probe, const CheckDefinition& check, const ProbeServices& services)
{
    if (auto* http = qobject_cast<HttpProbe*>(&probe))
        http->setPassword(passwordFor(check, services));
    else if (auto* jenkins = qobject_cast<JenkinsProbe*>(&probe))
        jenkins->setPassword(passwordFor(check, services));
}

std::unique_ptr<CheckProbe> makeCheckProbe(const CheckDefinition& check, const ProbeServices& services)
{
    const Clock& clock = services.clock ? *services.clock : Clock::system();
    const QString password = passwordFor(check, services);
    switch (check.kind) {
    case CheckKind::Http: {
        auto p = std::make_unique<HttpProbe>(check, services.http, clock);
        p->setPassword(password);
        return p;
    }
    case CheckKind::Jenkins: {
        auto p = std::make_unique<JenkinsProbe>(check, clock);
        p->setPassword(password);
        return p;
    }
    case CheckKind::Tcp: {
        auto p = std::make_unique<TcpProbe>(check, clock);
        if (services.address)
            p->setAddressResolver(services.address);
        return p;
    }
    case CheckKind::Nagios:
        return std::make_unique<NagiosProbe>(check, services.ssh, clock);
    case CheckKind::Metric: {
        if (!services.metrics)
            return nullptr;
        auto p = std::make_unique<MetricProbe>(check, *services.metrics, clock);
        if (services.sourceHealth)
            p->setSourceHealth(services.sourceHealth);
        return p;
    }
    case CheckKind::Unreachable:
        if (!services.metrics)
            return nullptr;
        return std::make_unique<UnreachableProbe>(check, *services.metrics, clock);
    case CheckKind::Lifecycle:
        return nullptr;
    }
    return nullptr;
}

} // namespace opsdeck
