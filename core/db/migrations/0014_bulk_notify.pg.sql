-- PostgreSQL's text of 0014_bulk_notify.sql.
--
-- 0011 sent one NOTIFY per row from a row trigger. A fleet import writes hundreds of
-- thousands of rows in one transaction: that cost the import a trigger call per row
-- (bench_inventory) and would have made every other console reload each row on its own.
-- Now one trigger call per statement reads the statement's rows from its transition
-- table: up to 500 rows it sends 'KIND:OP:ID' for each as before (same payloads, so
-- core/db/ChangeFeed is unchanged for them); past 500 it sends 'KIND:reload:*' once per
-- kind, and ChangeFeed turns that into resync() (the receivers reload whole, as after
-- an outage). Arguments: the kinds to reload (comma-separated), then one or two payload
-- expressions over the rows, $1 being the operation (insert, update, delete).
CREATE FUNCTION opsdeck_notify_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    op    TEXT := lower(TG_OP);
    src   TEXT := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
    n     BIGINT;
    kind  TEXT;
    i     INTEGER;
BEGIN
    EXECUTE format('SELECT count(*) FROM %I', src) INTO n;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n > 500 THEN
        FOREACH kind IN ARRAY string_to_array(TG_ARGV[0], ',') LOOP
            PERFORM pg_notify('opsdeck_changes', kind || ':reload:*');
        END LOOP;
        RETURN NULL;
    END IF;
    FOR i IN 1 .. TG_NARGS - 1 LOOP
        EXECUTE format('SELECT pg_notify(''opsdeck_changes'', %s) FROM %I', TG_ARGV[i], src)
            USING op;
    END LOOP;
    RETURN NULL;
END;
$$;

DROP TRIGGER machines_notify ON machines;
CREATE TRIGGER machines_notify_ins AFTER INSERT ON machines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine', $$'machine:' || $1 || ':' || id$$);
CREATE TRIGGER machines_notify_upd AFTER UPDATE ON machines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine', $$'machine:' || $1 || ':' || id$$);
CREATE TRIGGER machines_notify_del AFTER DELETE ON machines REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine', $$'machine:' || $1 || ':' || id$$);
DROP TRIGGER pools_notify ON pools;
CREATE TRIGGER pools_notify_ins AFTER INSERT ON pools REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('pool', $$'pool:' || $1 || ':' || id$$);
CREATE TRIGGER pools_notify_upd AFTER UPDATE ON pools REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('pool', $$'pool:' || $1 || ':' || id$$);
CREATE TRIGGER pools_notify_del AFTER DELETE ON pools REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('pool', $$'pool:' || $1 || ':' || id$$);
DROP TRIGGER tree_nodes_notify ON tree_nodes;
CREATE TRIGGER tree_nodes_notify_ins AFTER INSERT ON tree_nodes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:' || $1 || ':' || id$$);
CREATE TRIGGER tree_nodes_notify_upd AFTER UPDATE ON tree_nodes REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:' || $1 || ':' || id$$);
CREATE TRIGGER tree_nodes_notify_del AFTER DELETE ON tree_nodes REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:' || $1 || ':' || id$$);
DROP TRIGGER services_notify ON services;
CREATE TRIGGER services_notify_ins AFTER INSERT ON services REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('service', $$'service:' || $1 || ':' || node_id$$);
CREATE TRIGGER services_notify_upd AFTER UPDATE ON services REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('service', $$'service:' || $1 || ':' || node_id$$);
CREATE TRIGGER services_notify_del AFTER DELETE ON services REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('service', $$'service:' || $1 || ':' || node_id$$);
DROP TRIGGER node_machines_notify ON node_machines;
CREATE TRIGGER node_machines_notify_ins AFTER INSERT ON node_machines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine,node', $$'machine:update:' || machine_id$$, $$'node:update:' || node_id$$);
CREATE TRIGGER node_machines_notify_upd AFTER UPDATE ON node_machines REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine,node', $$'machine:update:' || machine_id$$, $$'node:update:' || node_id$$);
CREATE TRIGGER node_machines_notify_del AFTER DELETE ON node_machines REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('machine,node', $$'machine:update:' || machine_id$$, $$'node:update:' || node_id$$);
DROP TRIGGER node_urls_notify ON node_urls;
CREATE TRIGGER node_urls_notify_ins AFTER INSERT ON node_urls REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:update:' || node_id$$);
CREATE TRIGGER node_urls_notify_upd AFTER UPDATE ON node_urls REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:update:' || node_id$$);
CREATE TRIGGER node_urls_notify_del AFTER DELETE ON node_urls REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('node', $$'node:update:' || node_id$$);
DROP TRIGGER units_notify ON units;
CREATE TRIGGER units_notify_ins AFTER INSERT ON units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('unit,machine', $$'unit:' || $1 || ':' || id$$, $$'machine:update:' || machine_id$$);
CREATE TRIGGER units_notify_upd AFTER UPDATE ON units REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('unit,machine', $$'unit:' || $1 || ':' || id$$, $$'machine:update:' || machine_id$$);
CREATE TRIGGER units_notify_del AFTER DELETE ON units REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('unit,machine', $$'unit:' || $1 || ':' || id$$, $$'machine:update:' || machine_id$$);
DROP TRIGGER relations_notify ON relations;
CREATE TRIGGER relations_notify_ins AFTER INSERT ON relations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('relation', $$'relation:' || $1 || ':' || id$$);
CREATE TRIGGER relations_notify_upd AFTER UPDATE ON relations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('relation', $$'relation:' || $1 || ':' || id$$);
CREATE TRIGGER relations_notify_del AFTER DELETE ON relations REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('relation', $$'relation:' || $1 || ':' || id$$);
DROP TRIGGER sources_notify ON sources;
CREATE TRIGGER sources_notify_ins AFTER INSERT ON sources REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('source', $$'source:' || $1 || ':' || id$$);
CREATE TRIGGER sources_notify_upd AFTER UPDATE ON sources REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('source', $$'source:' || $1 || ':' || id$$);
CREATE TRIGGER sources_notify_del AFTER DELETE ON sources REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('source', $$'source:' || $1 || ':' || id$$);
DROP TRIGGER jobs_notify ON jobs;
CREATE TRIGGER jobs_notify_ins AFTER INSERT ON jobs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job', $$'job:' || $1 || ':' || id$$);
CREATE TRIGGER jobs_notify_upd AFTER UPDATE ON jobs REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job', $$'job:' || $1 || ':' || id$$);
CREATE TRIGGER jobs_notify_del AFTER DELETE ON jobs REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job', $$'job:' || $1 || ':' || id$$);
DROP TRIGGER job_hosts_notify ON job_hosts;
CREATE TRIGGER job_hosts_notify_ins AFTER INSERT ON job_hosts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job_host', $$'job_host:' || $1 || ':' || job_id || '/' || machine$$);
CREATE TRIGGER job_hosts_notify_upd AFTER UPDATE ON job_hosts REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job_host', $$'job_host:' || $1 || ':' || job_id || '/' || machine$$);
CREATE TRIGGER job_hosts_notify_del AFTER DELETE ON job_hosts REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('job_host', $$'job_host:' || $1 || ':' || job_id || '/' || machine$$);
DROP TRIGGER audit_log_notify ON audit_log;
CREATE TRIGGER audit_log_notify_ins AFTER INSERT ON audit_log REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('audit', $$'audit:' || $1 || ':' || id$$);
CREATE TRIGGER audit_log_notify_upd AFTER UPDATE ON audit_log REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('audit', $$'audit:' || $1 || ':' || id$$);
CREATE TRIGGER audit_log_notify_del AFTER DELETE ON audit_log REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck_notify_rows('audit', $$'audit:' || $1 || ':' || id$$);
-- opsdeck_notify_change() stays for tables whose writes are few (0013's checks).
