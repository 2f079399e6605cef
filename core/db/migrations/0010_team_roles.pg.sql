-- PostgreSQL's text of 0010_team_roles.sql. The roles and their grants are made by
-- `opsdeck db init-team` (roles belong to the cluster, not to one database, and need
-- CREATEROLE): this migration holds what every database must enforce whoever runs it.

-- The operator of an audit row is the database role that wrote it (current_user), not
-- the name the client sends. The table's owner (who migrates and runs `db copy`) is
-- trusted and keeps the name it writes, so a copied audit keeps its history.
CREATE FUNCTION audit_log_operator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        NEW.operator := current_user;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_operator BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_operator();

-- Append-only: no role but the owner may change or remove an audit row, even one that
-- was granted UPDATE, DELETE or TRUNCATE by mistake.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RAISE EXCEPTION 'the audit log is append-only: % refused for %', TG_OP, current_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
