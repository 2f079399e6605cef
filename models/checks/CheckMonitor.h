#pragma once

#include "checks/ChecksSnapshot.h"
#include "db/Database.h"
#include "util/Clock.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace opsdeck {

class ChangeFeed;
struct Change;

// Reads the checks, their states and the new alert events off the GUI thread and hands
// the window one immutable ChecksSnapshot (the check list, the tree's and the table's
// status icons and the tray all read it). It reads again:
// - when refresh() is called: the checker calls it after each round it recorded;
// - on a ChangeFeed's check, check_state, alert, node and machine changes (team mode);
// - every pollMs otherwise, for a checker in another process (`opsdeck check run`): a
//   poll asks CheckRevision first and reads only when it moved (or a silence ended).
// One read at a time; a burst of calls costs one more read.
class CheckMonitor : public QObject
{
    Q_OBJECT
public:
    explicit CheckMonitor(std::shared_ptr<Database> db, const Clock& clock = Clock::system(),
                          int pollMs = 5000, QObject* parent = nullptr);

    // Never null: empty until the first read lands.
    std::shared_ptr<const ChecksSnapshot> snapshot() const { return m_snapshot; }
    bool hasLoaded() const { return m_loaded; }
    const std::shared_ptr<Database>& database() const { return m_db; }
    const Clock& clock() const { return *m_clock; }

    void follow(const ChangeFeed* feed);
    void applyChange(const Change& change);

public slots:
    // Reads again soon (coalesced over 50 ms); updated() follows.
    void refresh();
    // Reads again now (still one read at a time).
    void readNow();
    // Reads again if the checks' revision moved or a silence ended since the last read.
    void poll();

signals:
    void updated();
    void loadFailed(const QString& message);
    // Alert events recorded since the last read (by any process), oldest first; none
    // for the history that was there at the first read.
    void alertsArrived(const QList<opsdeck::AlertEvent>& events);

private:
    struct Reading
    {
        ChecksSnapshot snapshot;
        QList<AlertEvent> fresh;
        qint64 lastAlertId = 0;
        qint64 lastAlertAtMs = 0;
        QString revision;
        bool unchanged = false; // a poll found the same revision: nothing else was read
    };
    struct Since // what the last read saw
    {
        std::shared_ptr<const InventoryShape> shape;
        qint64 lastAlertId = -1;
        qint64 lastAlertAtMs = 0;
        QString revision; // empty: read whatever it is
    };
    static Result<Reading> read(const std::shared_ptr<Database>& db, qint64 nowMs, const Since& since);
    void start(bool whenChanged);

    std::shared_ptr<Database> m_db;
    const Clock* m_clock;
    std::shared_ptr<const ChecksSnapshot> m_snapshot;
    QTimer m_poll;
    QTimer m_soon;
    bool m_loaded = false;
    bool m_reading = false;
    bool m_again = false;
    bool m_againForced = false;
    QString m_revision;
    qint64 m_lastAlertId = -1; // -1: not read yet (the first read only takes the baseline)
    qint64 m_lastAlertAtMs = 0;
};

} // namespace opsdeck
