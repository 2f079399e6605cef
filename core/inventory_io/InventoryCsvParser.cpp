#include "inventory_io/InventoryCsvParser.h"

#include "inventory_io/CsvRecords.h"
#include "inventory_io/InventoryText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSet>

namespace opsdeck {

// Columns (matched case-insensitively, any order): name (required), address (default: the
// name), port (default 22), user, pool (empty = default), node_path ('/'-separated; several
// paths separated by ';'). Each node path creates folder nodes for it and every prefix (paths are
// taken as written: "prod/web" is not put under "all"). Any other column is kept as machine meta
// (empty cells are left out). Duplicate names, bad ports and rows with the wrong number of fields
// are refused with the line.
Result<InventoryDocument> parseInventoryCsv(QByteArrayView text, const QString& fileName)
{
    auto lines = inventory_text::splitLines(text, fileName);
    if (!lines)
        return lines.error();
    auto records = readCsvRecords(lines->join(u'\n'), fileName);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return inventory_text::locatedError(
            fileName, 1,
            QCoreApplication::translate("InventoryIo",
                                        "a header row is needed (name,address,port,pool,node_path)"));

    const CsvRecord& header = records->first();
    static const QStringList known{QStringLiteral("name"), QStringLiteral("address"),
                                   QStringLiteral("port"), QStringLiteral("user"),
                                   QStringLiteral("pool"), QStringLiteral("node_path")};
    QHash<QString, int> column;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString raw = header.fields[i].trimmed();
        const QString key = known.contains(raw.toLower()) ? raw.toLower() : raw;
        if (key.isEmpty())
            return inventory_text::locatedError(
                fileName, header.line,
                QCoreApplication::translate("InventoryIo", "column %1 of the header has no name").arg(i + 1));
        if (column.contains(key))
            return inventory_text::locatedError(
                fileName, header.line,
                QCoreApplication::translate("InventoryIo", "column '%1' appears twice").arg(key));
        column.insert(key, i);
    }
    if (!column.contains(QStringLiteral("name")))
        return inventory_text::locatedError(
            fileName, header.line,
            QCoreApplication::translate(
                "InventoryIo",
                "the header has no 'name' column (expected name,address,port,pool,node_path)"));

    InventoryDocument doc;
    doc.sourceName = fileName;
    doc.sha256 = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
    QHash<QString, int> nameLine;
    QSet<QString> nodePaths;
    const auto cell = [&](const CsvRecord& r, const QString& key) {
        const int i = column.value(key, -1);
        return i < 0 ? QString() : r.fields.value(i);
    };

    for (qsizetype ri = 1; ri < records->size(); ++ri) {
        const CsvRecord& r = records->at(ri);
        if (r.fields.size() != header.fields.size())
            return inventory_text::locatedError(
                fileName, r.line,
                QCoreApplication::translate("InventoryIo", "%1 fields, but the header has %2")
                    .arg(r.fields.size())
                    .arg(header.fields.size()));
        InventoryHost host;
        const auto name = inventory_text::machineName(cell(r, QStringLiteral("name")));
        if (!name)
            return inventory_text::locatedError(fileName, r.line, name.error().message);
        host.name = *name;
        if (nameLine.contains(host.name))
            return inventory_text::locatedError(
                fileName, r.line,
                QCoreApplication::translate("InventoryIo", "machine '%1' is already on line %2")
                    .arg(host.name)
                    .arg(nameLine.value(host.name)));
        nameLine.insert(host.name, r.line);
        host.address = cell(r, QStringLiteral("address"));
        if (host.address.isEmpty())
            host.address = host.name;
        const QString port = cell(r, QStringLiteral("port"));
        if (!port.isEmpty()) {
            const auto p = inventory_text::parsePort(port);
            if (!p)
                return inventory_text::locatedError(
                    fileName, r.line,
                    QCoreApplication::translate("InventoryIo",
                                                "port '%1' is not a number between 1 and 65535")
                        .arg(port));
            host.port = *p;
        }
        host.user = cell(r, QStringLiteral("user"));
        host.pool = cell(r, QStringLiteral("pool"));
        const QString pathCell = cell(r, QStringLiteral("node_path"));
        for (QString path : pathCell.split(u';', Qt::SkipEmptyParts)) {
            path = inventory_text::nodePath(path);
            if (path.isEmpty())
                continue;
            if (const QString problem = inventory_text::nodePathProblem(path); !problem.isEmpty())
                return inventory_text::locatedError(fileName, r.line, problem);
            const QStringList parts = path.split(u'/');
            for (qsizetype k = 1; k <= parts.size(); ++k) {
                const QString prefix = parts.first(k).join(u'/');
                if (!nodePaths.contains(prefix)) {
                    nodePaths.insert(prefix);
                    doc.nodes.append(InventoryNode{prefix, NodeKind::Folder, {}, false});
                }
            }
            if (!host.nodePaths.contains(path))
                host.nodePaths.append(path);
        }
        for (auto it = column.cbegin(); it != column.cend(); ++it) {
            if (!known.contains(it.key()) && !r.fields[it.value()].isEmpty())
                host.meta.insert(it.key(), r.fields[it.value()]);
        }
        doc.hosts.append(std::move(host));
    }
    return doc;
}

} // namespace opsdeck
