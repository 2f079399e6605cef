-- Issue 9 parts 8 and 9: the `ssh` source kind, and a pool's init script.

-- A CHECK cannot be altered in SQLite, so `sources` is rebuilt (SQLite's table-rebuild
-- recipe) with 'ssh' among the kinds; every row and id is kept. Foreign keys are on and
-- a migration runs in a transaction (where PRAGMA foreign_keys cannot change), so
-- dropping the old table cascades to source_targets: their rows are kept aside in a
-- temporary table and put back.
CREATE TEMP TABLE source_targets_kept AS SELECT * FROM source_targets;

CREATE TABLE sources_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('node-exporter','graphite','prometheus','opentsdb','ssh')),
    -- A template: {address}, {name} and {port} are replaced per machine (ssh: empty).
    url         TEXT NOT NULL,
    -- Backends: the expression passed through (Graphite target, PromQL, OpenTSDB m=...);
    -- ssh: the command run on the host (empty: the /proc reading of the local collector).
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
INSERT INTO sources_new (id, kind, url, query, step, as_key, machine_id, node_path, interval, timeout,
                         auth, auth_user, secret_name, enabled, created_at)
    SELECT id, kind, url, query, step, as_key, machine_id, node_path, interval, timeout,
           auth, auth_user, secret_name, enabled, created_at FROM sources;
DROP TABLE sources;
ALTER TABLE sources_new RENAME TO sources;
CREATE INDEX sources_machine ON sources(machine_id);
INSERT INTO source_targets SELECT * FROM temp.source_targets_kept;
DROP TABLE temp.source_targets_kept;

-- A pool's init script (`opsdeck pool set POOL --init-script FILE` stores the file's
-- text): `machine transition NAME init` runs it over SSH as a job of kind 'init'.
ALTER TABLE pools ADD COLUMN init_script TEXT NOT NULL DEFAULT '';
