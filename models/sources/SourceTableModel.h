#pragma once

#include "db/Database.h"
#include "sources/SourceOverview.h"

#include <QAbstractTableModel>
#include <memory>

namespace opsdeck {

class SourceStatusWatcher;

// Every configured metric source, one row each, with the summary of its targets. Loads
// on the thread pool; a reload that finds the same sources in the same order updates
// the cells in place (selection and scroll position stay), anything else resets.
class SourceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        UrlColumn,
        BindingColumn,
        IntervalColumn,
        TimeoutColumn,
        EnabledColumn,
        TargetsColumn,
        OkColumn,
        StaleColumn,
        DownColumn,
        LastErrorColumn,
        MalformedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        SourceIdRole = Qt::UserRole + 1,
        EnabledRole,
        WorstStateRole, // TargetState as int; invalid when the source has no targets
    };
    Q_ENUM(Roles)

    explicit SourceTableModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    void reload();
    // Reloads whenever `watcher` says the poll status changed.
    void refreshOn(SourceStatusWatcher* watcher);

    const SourceSummary* summaryAt(int row) const;
    int rowOfSource(qint64 id) const; // -1 if not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    void apply(QList<SourceSummary> rows);

    std::shared_ptr<Database> m_db;
    QList<SourceSummary> m_rows;
    quint64 m_generation = 0;
};

} // namespace opsdeck
