#include "inventory/InventoryModelsLog.h"

Q_LOGGING_CATEGORY(lcInventoryModels, "opsdeck.models.inventory")
