-- Dashboards (issue 10, part 4; core/dashboards): a user's grid of panels, saved whole as
-- its DashboardJson text (`definition`, the same text `opsdeck dashboard export` writes),
-- keyed by name. The built-in `home` dashboard is code, never a row.
-- version / changed_by / changed_at as in 0012.
CREATE TABLE dashboards (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE CHECK (name <> '' AND name <> 'home'),
    title       TEXT NOT NULL DEFAULT '',
    definition  TEXT NOT NULL,
    created_at  INTEGER NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    changed_by  TEXT NOT NULL DEFAULT '',
    changed_at  INTEGER NOT NULL DEFAULT 0
);
