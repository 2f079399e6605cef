-- PostgreSQL's text of 0008_service_deploy.sql: DOUBLE PRECISION for REAL, BIGINT
-- numbers, and the unit_id trigger as a BEFORE INSERT function (it sets NEW.unit_id
-- instead of updating the row after). Keep the two in step.

ALTER TABLE services ADD COLUMN deploy_root TEXT NOT NULL DEFAULT '/opt';
ALTER TABLE services ADD COLUMN health_url  TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN health_cmd  TEXT NOT NULL DEFAULT '';
ALTER TABLE services ADD COLUMN unit_cpu    DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (unit_cpu >= 0);
ALTER TABLE services ADD COLUMN unit_mem    BIGINT NOT NULL DEFAULT 0 CHECK (unit_mem >= 0);
ALTER TABLE services ADD COLUMN pool        TEXT NOT NULL DEFAULT '';

CREATE TABLE service_unit_ids (
    service_id BIGINT PRIMARY KEY REFERENCES tree_nodes(id) ON DELETE CASCADE,
    last_id    BIGINT NOT NULL
);
ALTER TABLE units ADD COLUMN unit_id BIGINT;
UPDATE units SET unit_id = (SELECT count(*) FROM units u WHERE u.service_id = units.service_id AND u.id <= units.id);
INSERT INTO service_unit_ids (service_id, last_id) SELECT service_id, max(unit_id) FROM units GROUP BY service_id;
CREATE UNIQUE INDEX units_service_unit_id ON units(service_id, unit_id);
CREATE FUNCTION units_assign_unit_id() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO service_unit_ids (service_id, last_id) VALUES (NEW.service_id, 1)
        ON CONFLICT (service_id) DO UPDATE SET last_id = service_unit_ids.last_id + 1
        RETURNING last_id INTO NEW.unit_id;
    RETURN NEW;
END;
$$;
CREATE TRIGGER units_assign_unit_id BEFORE INSERT ON units
    FOR EACH ROW WHEN (NEW.unit_id IS NULL) EXECUTE FUNCTION units_assign_unit_id();
