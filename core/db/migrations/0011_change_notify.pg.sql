-- Issue 12 part 3: live changes between consoles. Every row written to a shared table
-- sends NOTIFY opsdeck_changes 'KIND:OP:ID' (core/db/ChangeFeed parses it; keep them in
-- step): KIND names the entity, OP is insert, update or delete, ID is the row's id, or
-- JOB/MACHINE for a job's host row. A row of a membership table (node_machines,
-- node_urls, units) tells the machine and the node it binds: both views show it.
-- NOTIFY is sent at COMMIT (nothing from a rolled-back transaction) and identical
-- payloads of one transaction arrive once. job_steps and job_output are left out: a
-- host's progress is its job_hosts row (state, step), which every step updates.
CREATE FUNCTION opsdeck_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r   RECORD;
    op  TEXT := lower(TG_OP);
BEGIN
    IF TG_OP = 'DELETE' THEN
        r := OLD;
    ELSE
        r := NEW;
    END IF;
    CASE TG_TABLE_NAME
    WHEN 'machines' THEN
        PERFORM pg_notify('opsdeck_changes', 'machine:' || op || ':' || r.id);
    WHEN 'pools' THEN
        PERFORM pg_notify('opsdeck_changes', 'pool:' || op || ':' || r.id);
    WHEN 'tree_nodes' THEN
        PERFORM pg_notify('opsdeck_changes', 'node:' || op || ':' || r.id);
    WHEN 'services' THEN
        PERFORM pg_notify('opsdeck_changes', 'service:' || op || ':' || r.node_id);
    WHEN 'node_machines' THEN
        PERFORM pg_notify('opsdeck_changes', 'machine:update:' || r.machine_id);
        PERFORM pg_notify('opsdeck_changes', 'node:update:' || r.node_id);
    WHEN 'node_urls' THEN
        PERFORM pg_notify('opsdeck_changes', 'node:update:' || r.node_id);
    WHEN 'units' THEN
        PERFORM pg_notify('opsdeck_changes', 'unit:' || op || ':' || r.id);
        PERFORM pg_notify('opsdeck_changes', 'machine:update:' || r.machine_id);
    WHEN 'relations' THEN
        PERFORM pg_notify('opsdeck_changes', 'relation:' || op || ':' || r.id);
    WHEN 'sources' THEN
        PERFORM pg_notify('opsdeck_changes', 'source:' || op || ':' || r.id);
    WHEN 'jobs' THEN
        PERFORM pg_notify('opsdeck_changes', 'job:' || op || ':' || r.id);
    WHEN 'job_hosts' THEN
        PERFORM pg_notify('opsdeck_changes', 'job_host:' || op || ':' || r.job_id || '/' || r.machine);
    WHEN 'audit_log' THEN
        PERFORM pg_notify('opsdeck_changes', 'audit:' || op || ':' || r.id);
    ELSE
        PERFORM pg_notify('opsdeck_changes', TG_TABLE_NAME || ':' || op || ':0');
    END CASE;
    RETURN NULL;
END;
$$;
CREATE TRIGGER machines_notify AFTER INSERT OR UPDATE OR DELETE ON machines
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER pools_notify AFTER INSERT OR UPDATE OR DELETE ON pools
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER tree_nodes_notify AFTER INSERT OR UPDATE OR DELETE ON tree_nodes
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER services_notify AFTER INSERT OR UPDATE OR DELETE ON services
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER node_machines_notify AFTER INSERT OR UPDATE OR DELETE ON node_machines
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER node_urls_notify AFTER INSERT OR UPDATE OR DELETE ON node_urls
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER units_notify AFTER INSERT OR UPDATE OR DELETE ON units
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER relations_notify AFTER INSERT OR UPDATE OR DELETE ON relations
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER sources_notify AFTER INSERT OR UPDATE OR DELETE ON sources
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER jobs_notify AFTER INSERT OR UPDATE OR DELETE ON jobs
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER job_hosts_notify AFTER INSERT OR UPDATE OR DELETE ON job_hosts
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
CREATE TRIGGER audit_log_notify AFTER INSERT OR UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION opsdeck_notify_change();
