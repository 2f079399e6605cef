#pragma once

#include "dashboards/GrafanaImporter.h"
#include "db/Database.h"

#include <memory>

namespace opsdeck::GrafanaImportWriter {

// Saves what GrafanaImporter made: the sources it plans (Outcome::added, through
// SourceRepository::add, which validates them as `opsdeck source add` does; each is
// checked before anything is written) and the dashboard (DashboardStore::save, refused
// for an existing name without `replace`), in one transaction: all of them or nothing.
// Then fills the new sources' ids into `outcome` (Added::source.id, Taken::sourceId).
// Blocking (SQL): off the GUI thread.
Status save(const std::shared_ptr<Database>& db, GrafanaImporter::Outcome& outcome, bool replace,
            qint64 nowSecs);

} // namespace opsdeck::GrafanaImportWriter
