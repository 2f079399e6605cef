#pragma once

#include "db/Database.h"
#include "inventory/MachineIndex.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QStringList>
#include <memory>
#include <vector>

namespace opsdeck {

class ChangeFeed;
struct Change;
class NodeStatusIndex;

// The machine pool as a table: name, address, pool, state, nodes, tags, last seen.
// Loads off the GUI thread and swaps the rows in with a reset; sorts and filters in
// the model itself (MachineIndex) rather than through a proxy, which is what keeps a
// keystroke and a sort fast at fleet scale. Rows drag out as machine names.
// Following a ChangeFeed (team mode), a machine another console changed is read alone
// and inserted, updated, moved or removed in place: no reset.
class MachineTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        AddressColumn,
        PoolColumn,
        StateColumn,
        NodesColumn,
        TagsColumn,
        LastSeenColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        NameRole = Qt::UserRole + 1,
        StateRole,     // MachineState as int
        StateNameRole, // "READY"
        PoolRole,
        TagsRole,  // QStringList
        NodesRole, // QStringList of node paths
        IdRole,
        PoolStockRole,
        SortRole,        // the value the column sorts by
        CheckStatusRole, // int(CheckStatus), the worst of its checks; null without one
    };
    Q_ENUM(Roles)

    // The MIME type a drag of machines carries: their names, one per line, UTF-8.
    static QString mimeType() { return QStringLiteral("application/x-opsdeck-machine-names"); }
    static QStringList namesFromMime(const QMimeData* data);

    explicit MachineTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // Reads every machine off the GUI thread; loaded() or loadFailed() follows.
    void reload();
    bool isLoading() const { return m_loading > 0; }
    bool hasLoaded() const { return m_loadedOnce; }

    // Applies `feed`'s machine changes as they come (applyChange) and reloads whole on
    // its resync().
    void follow(const ChangeFeed* feed);
    // A machine Change: that machine is read off the GUI thread and its row put in,
    // updated (moved when its sort key changed) or taken out. Other kinds are ignored.
    void applyChange(const Change& change);
    // Reads the machine `id` off the GUI thread and applies it (gone: its row goes).
    // One read at a time: the machines changed meanwhile are read together next.
    void reloadMachine(qint64 id);
    // Machines waiting to be read or being read.
    int rowReadsPending() const { return int(m_pendingIds.size()) + m_reading; }

    // The checks' status (issue 11) as a coloured icon before the machine's name.
    void setStatusIndex(const NodeStatusIndex* index);

    void setQuery(const MachineQuery& query);
    const MachineQuery& query() const { return m_query; }
    void setFilterText(const QString& text);
    void setStateFilter(std::optional<MachineState> state);
    void setPoolFilter(const QString& pool);
    void setTagFilter(const QString& tag);
    void setNodeFilter(const QString& nodePath);

    int totalCount() const { return m_index.size(); }
    // Every column's order is in (they are sorted off the GUI thread after a load; a
    // sort before then sorts its column on the spot).
    bool allOrdersReady() const;
    const Machine* machineAt(int row) const;
    int rowOf(const QString& name) const;
    QStringList namesAt(const QModelIndexList& indexes) const; // distinct, in row order
    QStringList pools() const { return m_index.pools(); }
    QStringList tags() const { return m_index.tags(); }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction | Qt::LinkAction; }
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loaded();
    void loadFailed(const QString& message);
    void countsChanged(int shown, int total);

private:
    void reselect();
    void applyMachine(qint64 id, std::optional<Machine> machine);
    void removeMachineRow(int at);
    void readPending();
    int shownRowOf(int indexRow) const;
    std::vector<int> selectRows();
    void sortRemainingColumns(quint64 generation);

    std::shared_ptr<Database> m_db;
    const NodeStatusIndex* m_status = nullptr;
    MachineIndex m_index;
    std::vector<int> m_rows; // visible row -> index row
    MachineQuery m_query;
    QString m_shownText; // m_query.text case-folded, as m_rows was selected with
    int m_sortColumn = NameColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_loading = 0;
    quint64 m_generation = 0;
    bool m_loadedOnce = false;
    quint64 m_edits = 0;              // rows changed in place since the last load
    QSet<qint64> m_pendingIds;        // changed, to read in the next batch
    int m_reading = 0;                // machines of the batch being read
    QSet<qint64> m_changedDuringLoad; // read again once the load in flight lands
};

} // namespace opsdeck
