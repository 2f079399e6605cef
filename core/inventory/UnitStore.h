#pragma once

#include "inventory/InventoryWriter.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace opsdeck {

struct UnitSpec
{
    QString service; // service node path
    QString machine; // machine name
    int port = 0;
};

// Units (service × machine × port). A unit is placed only on a READY machine; a port
// is used by one unit per machine. One audit row per unit.
class UnitStore
{
public:
    explicit UnitStore(const InventoryWriter& writer) : m_writer(writer) {}

    Status add(const UnitSpec& unit, const QString& reason = {}) { return addMany({unit}, reason); }
    // All or nothing; fast for large batches (lookups cached within the call).
    Status addMany(const QList<UnitSpec>& units, const QString& reason = {});
    Status remove(const UnitSpec& unit, const QString& reason = {});

    // "<service name>_<port>": the unit's folder under the deploy root.
    static QString deployName(const QString& servicePath, int port);

private:
    const InventoryWriter& m_writer;
};

} // namespace opsdeck
