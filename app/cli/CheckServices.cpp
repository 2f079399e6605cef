#include "cli/CheckServices.h"

#include "BlockingKeychain.h"
#include "checks/CheckLookups.h"
#include "util/Clock.h"

namespace opsdeck::cli {
namespace {

// The keychain entry of an HTTP or Jenkins check's password: "check:NAME".
QString checkPassword(const CheckDefinition& d)
{
    auto secret = BlockingKeychain::read(QStringLiteral("check:%1").arg(d.name));
    return secret.ok() ? *secret : QString();
}

} // namespace

Result<std::unique_ptr<CheckServices>> CheckServices::open(CliContext& ctx,
                                                           const std::shared_ptr<Database>& db)
{
    auto metricsDb = ctx.metricsDatabase();
    if (!metricsDb.ok())
        return metricsDb.error();
    std::unique_ptr<CheckServices> out(new CheckServices);
    out->m_metrics = std::make_unique<MetricStore>(*metricsDb, Clock::system());
    out->m_network = std::make_unique<QNetworkAccessManager>();
    out->m_ssh = std::make_unique<SshSourcePoller>(nullptr, SshSourcePoller::inventoryResolver(db));
    ProbeServices services;
    services.network = out->m_network.get();
    services.ssh = out->m_ssh.get();
    services.metrics = out->m_metrics.get();
    services.password = checkPassword;
    out->m_services = check_lookups::withInventory(services, db);
    return out;
}

} // namespace opsdeck::cli
