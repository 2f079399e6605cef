#pragma once

#include "inventory/InventoryWriter.h"
#include "inventory/Progress.h"
#include "inventory_io/InventoryDocument.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

struct ImportCounts
{
    int added = 0;
    int changed = 0;
    int unchanged = 0;
};

// One thing an import adds or changes ("machine", "web01", "add", {}), or
// ("machine", "web01", "change", {"address", "meta"}).
struct ImportChange
{
    QString entity; // node | machine | binding | url | unit | relation
    // node path, machine name, "node path <- machine name", "node path <- URL",
    // "service @ machine:port", "service -> needs[:port]" / "service -> HOST:PORT"
    QString id;
    QString action; // add | change
    QStringList fields;
};

// What an import does (or, in a dry run, would do).
struct ImportPlan
{
    QString file;
    QByteArray sha256;
    bool dryRun = false;
    ImportCounts nodes;
    ImportCounts machines;
    ImportCounts bindings;
    ImportCounts urls;      // only added or unchanged
    ImportCounts units;     // only added or unchanged
    ImportCounts relations; // only added or unchanged
    int poolsAdded = 0;
    QList<ImportChange> changes; // adds and changes only, in the order they apply
    QStringList warnings;        // the parser's, then the applier's

    ImportCounts total() const;
    bool hasChanges() const { return !changes.isEmpty(); }
};

// Applies an InventoryDocument to the database in one transaction: groups become
// folder nodes (nested; missing ancestors added as folders), hosts become machines
// (state NEW unless the document gives one, pool from the host else `default`) bound
// to every node listing them, host vars become machine meta (source `import`), host
// tags are added to the machine's. URL bindings, units and relations the document
// lists are added when missing; a unit needs its machine READY after the import, else
// the whole import is refused. Nothing the document does not mention is removed; an
// existing machine keeps its state (a different state in the file is a warning), and
// its pool unless the document names one. Re-applying the same document changes
// nothing. One audit row records the import (file, checksum, counts).
class InventoryApplier
{
public:
    explicit InventoryApplier(const InventoryWriter& writer) : m_writer(writer) {}

    // apply() reports its rows (nodes, machines, bindings) to `progress`, on its thread;
    // a `false` from it stops the import and rolls it back.
    void setProgress(ProgressFn progress) { m_progress = std::move(progress); }

    // The plan without writing anything.
    Result<ImportPlan> plan(const InventoryDocument& doc) const;
    // Plans and applies in one transaction; a failure leaves the database untouched.
    Result<ImportPlan> apply(const InventoryDocument& doc, const QString& reason = {}) const;

    // How a meta value is stored in machine_meta.value, and back, keeping its type: other
    // values as compact JSON (a float always with '.' or an exponent, so 2.0 stays a float),
    // strings as they are unless they would read back as something else ("2", "true", "[1]",
    // "\"x\""), which are stored as JSON strings. A text that is not such JSON reads as a string.
    static QString metaText(const QVariant& value);
    static QVariant metaValue(const QString& text);

private:
    const InventoryWriter& m_writer;
    ProgressFn m_progress;
};

} // namespace opsdeck
