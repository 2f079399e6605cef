#include "deploy/UpstreamUpdate.h"

#include "deploy/DeployJob.h"

namespace opsdeck {

Result<UpstreamUpdate::Job> UpstreamUpdate::job(const QString& servicePath, const Options& options) const
{
    auto built = DeployJob(m_db).relationChanged(servicePath);
    if (!built.ok())
        return built.error();
    Job out;
    out.spec = built->spec;
    out.hosts = built->hosts;
    out.options.rollout.parallel = std::max(1, options.parallel);
    if (options.acceptNew)
        out.options.ssh.hostKeyPolicy = ssh::HostKeyPolicy::AcceptNew;
    out.spec.options.insert(QStringLiteral("parallel"), out.options.rollout.parallel);
    if (!options.cause.isEmpty())
        out.spec.options.insert(QStringLiteral("cause"), options.cause);
    return out;
}

} // namespace opsdeck
