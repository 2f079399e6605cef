-- Metric sources: agents (node_exporter) and storage backends (Graphite, Prometheus,
-- OpenTSDB) polled on an interval, and the status of each (source, machine) target.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('node-exporter','graphite','prometheus','opentsdb')),
    -- A template: {address}, {name} and {port} are replaced per machine.
    url         TEXT NOT NULL,
    -- Backends: the expression passed through (Graphite target, PromQL, OpenTSDB m=...).
    query       TEXT NOT NULL DEFAULT '',
    step        INTEGER NOT NULL DEFAULT 60 CHECK (step > 0),
    -- The metric key the fetched series are stored under; empty: the series' own name.
    as_key      TEXT NOT NULL DEFAULT '',
    -- Bound to one machine, to every machine under a tree node, or (backends only) to none.
    machine_id  INTEGER REFERENCES machines(id) ON DELETE CASCADE,
    node_path   TEXT,
    interval    INTEGER NOT NULL DEFAULT 60 CHECK (interval > 0),
    timeout     INTEGER NOT NULL DEFAULT 10 CHECK (timeout > 0),
    auth        TEXT NOT NULL DEFAULT 'none' CHECK (auth IN ('none','basic','bearer')),
    auth_user   TEXT NOT NULL DEFAULT '',
    -- The keychain entry (service "opsdeck") that holds the password or token; never the secret.
    secret_name TEXT NOT NULL DEFAULT '',
    enabled     INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    CHECK (machine_id IS NULL OR node_path IS NULL),
    CHECK (auth = 'none' OR secret_name <> '')
);
CREATE INDEX sources_machine ON sources(machine_id);

-- One row per (source, machine) that was polled; machine is the machine's name, empty
-- for a backend source bound to no machine.
CREATE TABLE source_targets (
    source_id            INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    machine              TEXT NOT NULL DEFAULT '',
    last_attempt         INTEGER,
    last_ok              INTEGER,
    last_error           TEXT NOT NULL DEFAULT '',
    consecutive_failures INTEGER NOT NULL DEFAULT 0,
    last_samples         INTEGER NOT NULL DEFAULT 0,
    last_malformed       INTEGER NOT NULL DEFAULT 0,
    malformed_total      INTEGER NOT NULL DEFAULT 0,
    state                TEXT NOT NULL DEFAULT 'stale' CHECK (state IN ('ok','stale','down')),
    PRIMARY KEY (source_id, machine)
) WITHOUT ROWID;
