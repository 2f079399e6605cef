-- Checks and alerts (issue 11; both dialects, issue 12): what an operator defines
-- (checks), each check's debounced state per target (check_state), the history of its
-- transitions (alert_events) and maintenance windows on tree nodes. core/checks owns them.

-- A check is bound like a source (0004): to one machine, to every machine under a tree
-- node (those added later too: resolved when it runs), or to neither (a URL, a Jenkins
-- job). params holds the kind's settings as a JSON object, never a secret
-- (core/checks/README.md lists the keys). version / changed_by / changed_at as in 0012.
CREATE TABLE checks (
    id                    INTEGER PRIMARY KEY,
    name                  TEXT NOT NULL UNIQUE CHECK (name <> ''),
    kind                  TEXT NOT NULL
                          CHECK (kind IN ('metric','http','tcp','jenkins','nagios','unreachable','lifecycle')),
    machine_id            INTEGER REFERENCES machines(id) ON DELETE CASCADE,
    node_path             TEXT,
    importance            TEXT NOT NULL DEFAULT 'error' CHECK (importance IN ('warning','error','critical')),
    interval_secs         INTEGER NOT NULL DEFAULT 60 CHECK (interval_secs > 0),
    failures_before       INTEGER NOT NULL DEFAULT 1 CHECK (failures_before > 0),
    passes_before         INTEGER NOT NULL DEFAULT 1 CHECK (passes_before > 0),
    allowed_host_failures INTEGER NOT NULL DEFAULT 0 CHECK (allowed_host_failures >= 0),
    enabled               INTEGER NOT NULL DEFAULT 1,
    params                TEXT NOT NULL DEFAULT '{}',
    created_at            INTEGER NOT NULL,
    version               INTEGER NOT NULL DEFAULT 1,
    changed_by            TEXT NOT NULL DEFAULT '',
    changed_at            INTEGER NOT NULL DEFAULT 0,
    CHECK (machine_id IS NULL OR node_path IS NULL)
);
CREATE INDEX checks_machine ON checks(machine_id);

-- One row per (check, target): target is a machine's name, or '' for a check bound to
-- no machine. Written by the checker (state ... value) and by operators (acknowledged
-- until recovery, silenced_until_ms).
CREATE TABLE check_state (
    check_id             INTEGER NOT NULL REFERENCES checks(id) ON DELETE CASCADE,
    target               TEXT NOT NULL DEFAULT '',
    state                TEXT NOT NULL DEFAULT 'pending'
                         CHECK (state IN ('pending','passing','failing','unknown')),
    last_status          TEXT NOT NULL DEFAULT 'unknown'
                         CHECK (last_status IN ('ok','warning','critical','unknown')),
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    consecutive_passes   INTEGER NOT NULL DEFAULT 0,
    consecutive_unknowns INTEGER NOT NULL DEFAULT 0,
    since_ms             INTEGER NOT NULL DEFAULT 0,
    message              TEXT NOT NULL DEFAULT '',
    value                REAL,
    acknowledged         INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
    silenced_until_ms    INTEGER,
    updated_ms           INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (check_id, target)
) WITHOUT ROWID;

-- Each transition of a check's state, appended (never updated). The check's name is
-- kept so the history outlives a removed check (check_id is then NULL).
CREATE TABLE alert_events (
    id         INTEGER PRIMARY KEY,
    check_id   INTEGER REFERENCES checks(id) ON DELETE SET NULL,
    check_name TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    from_state TEXT NOT NULL,
    to_state   TEXT NOT NULL,
    status     TEXT NOT NULL,
    importance TEXT NOT NULL,
    at_ms      INTEGER NOT NULL,
    message    TEXT NOT NULL DEFAULT '',
    value      REAL
);
CREATE INDEX alert_events_at ON alert_events(at_ms);
CREATE INDEX alert_events_check ON alert_events(check_id, at_ms);

-- No alerts for machines under a node between from_ms and to_ms.
CREATE TABLE maintenance_windows (
    id         INTEGER PRIMARY KEY,
    node_path  TEXT NOT NULL,
    from_ms    INTEGER NOT NULL,
    to_ms      INTEGER NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL DEFAULT '',
    CHECK (to_ms > from_ms)
);
CREATE INDEX maintenance_windows_to ON maintenance_windows(to_ms);
