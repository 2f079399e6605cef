-- Inventory: the service tree, units, bindings of machines and URLs to nodes,
-- relations between services and the audit log. Pools, machines and machine_meta
-- come from 0001.

-- A node of the service tree. `path` is the '/'-joined names from the root
-- ("company/shop/web"); it is kept in step with parent_id by the store.
CREATE TABLE tree_nodes (
    id           INTEGER PRIMARY KEY,
    parent_id    INTEGER REFERENCES tree_nodes(id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (name <> '' AND instr(name, '/') = 0),
    kind         TEXT NOT NULL CHECK (kind IN ('folder','group','service')),
    product_line INTEGER NOT NULL DEFAULT 0 CHECK (product_line IN (0, 1)),
    path         TEXT NOT NULL UNIQUE,
    vars         TEXT NOT NULL DEFAULT '{}',
    created_at   INTEGER NOT NULL
);
CREATE INDEX tree_nodes_parent ON tree_nodes(parent_id);

-- What a service node has beyond the tree: its program package and its config.
CREATE TABLE services (
    node_id    INTEGER PRIMARY KEY REFERENCES tree_nodes(id) ON DELETE CASCADE,
    package    TEXT NOT NULL DEFAULT '',
    config     TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL
);

-- One instance of a service on one machine at one port; it lives at
-- <deploy_root>/<service name>_<port>.
CREATE TABLE units (
    id         INTEGER PRIMARY KEY,
    service_id INTEGER NOT NULL REFERENCES tree_nodes(id) ON DELETE CASCADE,
    machine_id INTEGER NOT NULL REFERENCES machines(id) ON DELETE CASCADE,
    port       INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
    created_at INTEGER NOT NULL,
    UNIQUE (machine_id, port)
);
CREATE INDEX units_service ON units(service_id);

-- Machines bound to any node (Loki).
CREATE TABLE node_machines (
    node_id    INTEGER NOT NULL REFERENCES tree_nodes(id) ON DELETE CASCADE,
    machine_id INTEGER NOT NULL REFERENCES machines(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (node_id, machine_id)
) WITHOUT ROWID;
CREATE INDEX node_machines_machine ON node_machines(machine_id, node_id);

-- URLs bound to any node (Loki: a product line's availability comes from them).
CREATE TABLE node_urls (
    id         INTEGER PRIMARY KEY,
    node_id    INTEGER NOT NULL REFERENCES tree_nodes(id) ON DELETE CASCADE,
    url        TEXT NOT NULL CHECK (url <> ''),
    created_at INTEGER NOT NULL,
    UNIQUE (node_id, url)
);

-- A service's need of a downstream: unit-level (every unit ip:port of
-- needs_service_id, only its units at `port` when port is set) or service-level
-- (a third-party `endpoint`, HOST:PORT).
CREATE TABLE relations (
    id               INTEGER PRIMARY KEY,
    service_id       INTEGER NOT NULL REFERENCES tree_nodes(id) ON DELETE CASCADE,
    needs_service_id INTEGER REFERENCES tree_nodes(id) ON DELETE CASCADE,
    port             INTEGER CHECK (port IS NULL OR port BETWEEN 1 AND 65535),
    endpoint         TEXT,
    created_at       INTEGER NOT NULL,
    CHECK ((needs_service_id IS NOT NULL AND endpoint IS NULL)
        OR (needs_service_id IS NULL AND endpoint IS NOT NULL AND port IS NULL))
);
CREATE UNIQUE INDEX relations_unit_level ON relations(service_id, needs_service_id, coalesce(port, 0))
    WHERE needs_service_id IS NOT NULL;
CREATE UNIQUE INDEX relations_service_level ON relations(service_id, endpoint) WHERE endpoint IS NOT NULL;
CREATE INDEX relations_needs ON relations(needs_service_id);

-- Every change to the inventory: who (the OS user), when (epoch seconds), what
-- (entity kind and its name or path), before and after as JSON, and why.
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    time      INTEGER NOT NULL,
    operator  TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT,
    after     TEXT,
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_time ON audit_log(time);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id, time);
