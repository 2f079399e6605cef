#pragma once

#include <QObject>

namespace opsdeck {

// Tells the process that the inventory changed (after the transaction committed).
// Emitted on the thread that made the change: connect with an AutoConnection and a
// receiver on the GUI thread gets it queued. Changes made by another process (a CLI
// run beside the window) show up in InventoryReader::revision() instead.
class InventoryEvents : public QObject
{
    Q_OBJECT
public:
    static InventoryEvents& instance();

signals:
    void changed();

private:
    InventoryEvents() = default;
    friend class InventoryWriter;
    void notifyChanged() { emit changed(); }
};

} // namespace opsdeck
