#pragma once

#include "db/RowVersion.h"
#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>
#include <optional>

namespace opsdeck {

// What a deploy needs of a service (migration 0008): where its units live, its config
// template, its health check and what one unit needs for scale-out.
struct ServiceSettings
{
    QString path;
    QString deployRoot = QStringLiteral("/opt"); // may hold {machine} and {address}
    QString configTemplate;                      // text with {{placeholders}}
    QString healthUrl;                           // checked from the host with curl, or
    QString healthCmd;                           // run on the host; exit 0 is healthy
    double unitCpu = 0;                          // processors one unit needs (0: not stated)
    qint64 unitMem = 0;                          // bytes one unit needs (0: not stated)
    QString pool;   // where scale-out places units (empty: the pool named default)
    RowStamp stamp; // the service row's version as read (get); set() does not read it

    QJsonObject toJson() const; // the CLI's shape (README, "Services"), with "version"
};

// Reads and changes a service's deploy settings; every change is audited ("service",
// "set") through the InventoryWriter, in one transaction.
class ServiceStore
{
public:
    explicit ServiceStore(const InventoryWriter& writer) : m_writer(writer) {}

    Result<ServiceSettings> get(const QString& path) const;
    // Refused when both a health URL and a health command are set, and (RowVersion) when
    // `expectedVersion` is set and the service's row is at another version or another
    // console wrote it between this call's read and its write. Bumps the version.
    Status set(const ServiceSettings& settings, const QString& reason = {},
               std::optional<qint64> expectedVersion = {});

private:
    const InventoryWriter& m_writer;
};

} // namespace opsdeck
