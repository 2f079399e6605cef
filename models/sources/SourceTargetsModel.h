#pragma once

#include "db/Database.h"
#include "sources/SourceOverview.h"

#include <QAbstractTableModel>
#include <memory>

namespace opsdeck {

class SourceStatusWatcher;

// The targets (machines) of one source with where their polls stand; a machine the
// source polls but has not polled yet shows as stale with no attempt. Loads on the
// thread pool; a reload of the same machines updates the cells in place.
class SourceTargetsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        MachineColumn,
        StateColumn,
        LastAttemptColumn,
        LastOkColumn,
        LastErrorColumn,
        SamplesColumn,
        MalformedColumn,
        MappedColumn, // "41 of 812": the last page's series mapped onto Kurado's names
        ColumnCount
    };
    Q_ENUM(Column)

    enum Roles
    {
        StateRole = Qt::UserRole + 1, // TargetState as int
        EpochRole,                    // the time columns as epoch seconds (invalid: never)
        MalformedLinesRole,           // QStringList, the last malformed lines, "line N: why: text"
    };
    Q_ENUM(Roles)

    explicit SourceTargetsModel(std::shared_ptr<Database> db, QObject* parent = nullptr);

    // The source whose targets to show (0: none, the model empties). Reloads.
    void setSourceId(qint64 id);
    qint64 sourceId() const { return m_sourceId; }
    void reload();
    void refreshOn(SourceStatusWatcher* watcher);

    const SourceTargetRow* rowAt(int row) const;

    // How the views show a target's coverage ("41 of 812", empty before an answer was read)
    // and its kept malformed lines ("line N: why: text", oldest first).
    static QString mappedText(const TargetStatus& status);
    static QStringList malformedLineTexts(const TargetStatus& status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loaded();
    void loadFailed(const QString& message);

private:
    void apply(QList<SourceTargetRow> rows);

    std::shared_ptr<Database> m_db;
    QList<SourceTargetRow> m_rows;
    qint64 m_sourceId = 0;
    quint64 m_generation = 0;
};

} // namespace opsdeck
