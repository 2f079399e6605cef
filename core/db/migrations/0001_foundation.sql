-- Foundation: settings, resource pools and the machine pool.
-- Inventory (0003) adds the tree, units, relations and the audit log; metrics (0002)
-- adds series and samples.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE pools (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);

CREATE TABLE machines (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    address    TEXT NOT NULL,
    port       INTEGER NOT NULL DEFAULT 22 CHECK (port BETWEEN 1 AND 65535),
    ssh_user   TEXT NOT NULL DEFAULT '',
    pool_id    INTEGER NOT NULL REFERENCES pools(id),
    state      TEXT NOT NULL DEFAULT 'NEW'
               CHECK (state IN ('NEW','INITED','READY','ERROR_DETECTED','ERROR','OFFLINE')),
    tags       TEXT NOT NULL DEFAULT '[]',
    created_at INTEGER NOT NULL,
    last_seen  INTEGER
);
CREATE INDEX machines_pool ON machines(pool_id);
CREATE INDEX machines_state ON machines(state);

-- Facts a collector reported about a machine (uptime, kernel, device lists) and
-- imported variables (source = 'import').
CREATE TABLE machine_meta (
    machine_id INTEGER NOT NULL REFERENCES machines(id) ON DELETE CASCADE,
    key        TEXT NOT NULL,
    value      TEXT NOT NULL,
    source     TEXT NOT NULL DEFAULT 'collector',
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (machine_id, key)
) WITHOUT ROWID;
