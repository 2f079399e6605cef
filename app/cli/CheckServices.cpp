#include "cli/CheckServices.h"

#include "checks/CheckLookups.h"
#include "util/Clock.h"

namespace opsdeck::cli {
Result<std::unique_ptr<CheckServices>> CheckServices::open(CliContext& ctx,
                                                           const std::shared_ptr<Database>& db)
{
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return metricsDb.error();
    std::unique_ptr<CheckServices> out(new CheckServices);
    out->m_metrics = std::make_unique<MetricStore>(*metricsDb, Clock::system());
    out->m_http = std::make_unique<CurlMulti>();
    out->m_ssh = std::make_unique<SshSourcePoller>(nullptr, SshSourcePoller::inventoryResolver(db));
    ProbeServices services;
    services.http = out->m_http.get();
    services.ssh = out->m_ssh.get();
    services.metrics = out->m_metrics.get();
    out->m_services = check_lookups::withInventory(services, db);
    return out;
}

} // namespace opsdeck::cli
