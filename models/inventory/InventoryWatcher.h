#pragma once

#include "db/Database.h"

#include <QObject>
#include <QTimer>
#include <memory>

namespace opsdeck {

// Says when the inventory changed: at once for changes made in this process
// (InventoryEvents), and by polling InventoryReader::revision() off the GUI thread for
// changes made by another (a CLI run beside the window, a shared database).
class InventoryWatcher : public QObject
{
    Q_OBJECT
public:
    explicit InventoryWatcher(std::shared_ptr<Database> db, int pollMs = 3000, QObject* parent = nullptr);

    qint64 revision() const { return m_revision; }
    int pollMs() const { return m_poll.isActive() ? m_poll.interval() : 0; }
    // 0 stops the poll (team mode: the views follow the ChangeFeed); in-process changes
    // are still told at once.
    void setPollMs(int ms);

public slots:
    // Reads the revision now; changed() follows if it moved.
    void check();

signals:
    void changed();

private:
    std::shared_ptr<Database> m_db;
    QTimer m_poll;
    QTimer m_soon; // coalesces a burst of in-process changes
    qint64 m_revision = -1;
    bool m_checking = false;
    bool m_again = false;
};

} // namespace opsdeck
