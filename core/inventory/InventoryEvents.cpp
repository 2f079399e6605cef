#include "inventory/InventoryEvents.h"

namespace opsdeck {

InventoryEvents& InventoryEvents::instance()
{
    static InventoryEvents events;
    return events;
}

} // namespace opsdeck
