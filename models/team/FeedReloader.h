#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace opsdeck {

class ChangeFeed;
struct Change;

// Team mode, for a view that re-reads itself whole (relations, audit log, sources): says
// reloadDue() once for a burst of the feed's changes of the chosen kinds, at most one
// coalescing interval after the first, and after every resync(). The views with rows of
// their own follow the feed row by row instead (MachineTableModel, JobListModel).
class FeedReloader : public QObject
{
    Q_OBJECT
public:
    FeedReloader(const ChangeFeed* feed, const QStringList& kinds, int coalesceMs = 100,
                 QObject* parent = nullptr);

    bool isPending() const { return m_soon.isActive(); }

signals:
    void reloadDue();

private:
    void onChange(const Change& change);

    QSet<QString> m_kinds;
    QTimer m_soon;
};

} // namespace opsdeck
