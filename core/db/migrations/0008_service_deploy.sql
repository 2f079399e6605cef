-- What a deploy needs of a service, and each unit's unit_id.

-- `config` (0003) holds the service's config template.
ALTER TABLE services ADD COLUMN deploy_root TEXT NOT NULL DEFAULT '/opt';
ALTER TABLE services ADD COLUMN health_url  TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN health_cmd  TEXT NOT NULL DEFAULT '';
-- What one unit needs (yiqiu's scale-out): processors and bytes of memory; 0 = nothing stated.
ALTER TABLE services ADD COLUMN unit_cpu    REAL NOT NULL DEFAULT 0 CHECK (unit_cpu >= 0);
ALTER TABLE services ADD COLUMN unit_mem    INTEGER NOT NULL DEFAULT 0 CHECK (unit_mem >= 0);
-- The resource pool new units are placed in (empty: the pool named `default`).
ALTER TABLE services ADD COLUMN pool        TEXT NOT NULL DEFAULT '';

-- A small integer unique within the service and never reused (Kafka's broker.id,
-- ZooKeeper's myid): the last one handed out per service survives its units.
CREATE TABLE service_unit_ids (
    service_id INTEGER PRIMARY KEY REFERENCES tree_nodes(id) ON DELETE CASCADE,
    last_id    INTEGER NOT NULL
);
ALTER TABLE units ADD COLUMN unit_id INTEGER;
UPDATE units SET unit_id = (SELECT count(*) FROM units u WHERE u.service_id = units.service_id AND u.id <= units.id);
INSERT INTO service_unit_ids (service_id, last_id) SELECT service_id, max(unit_id) FROM units GROUP BY service_id;
CREATE UNIQUE INDEX units_service_unit_id ON units(service_id, unit_id);
CREATE TRIGGER units_assign_unit_id AFTER INSERT ON units WHEN NEW.unit_id IS NULL
BEGIN
    INSERT INTO service_unit_ids (service_id, last_id) VALUES (NEW.service_id, 1)
        ON CONFLICT (service_id) DO UPDATE SET last_id = last_id + 1;
    UPDATE units SET unit_id = (SELECT last_id FROM service_unit_ids WHERE service_id = NEW.service_id)
        WHERE id = NEW.id;
END;
