-- PostgreSQL's text of 0016_changed_by_role.sql.
--
-- Every write of a versioned row (0012, and checks of 0013) is stamped with the database
-- role that made it, whatever the client sent: "changed by USER at TIME" names the role,
-- as the audit's operator does (0010). The column's default is the role, so a bulk
-- insert that leaves it out (an import) calls no trigger function: the trigger fires
-- only for a row that names someone else.
-- `opsdeck db copy` keeps each row's changed_by: within its transaction it sets
-- opsdeck.copy, which counts only for the tables' owner (who could drop the trigger anyway).
CREATE FUNCTION opsdeck_stamp_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('opsdeck.copy', true), '') = 'on' AND
       pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = TG_RELID), 'MEMBER') THEN
        RETURN NEW;
    END IF;
    NEW.changed_by := current_user;
    RETURN NEW;
END;
$$;
ALTER TABLE machines ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER machines_changed_by BEFORE INSERT OR UPDATE ON machines FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE tree_nodes ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER tree_nodes_changed_by BEFORE INSERT OR UPDATE ON tree_nodes FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE pools ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER pools_changed_by BEFORE INSERT OR UPDATE ON pools FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE sources ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER sources_changed_by BEFORE INSERT OR UPDATE ON sources FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE services ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER services_changed_by BEFORE INSERT OR UPDATE ON services FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE job_templates ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER job_templates_changed_by BEFORE INSERT OR UPDATE ON job_templates FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
ALTER TABLE checks ALTER COLUMN changed_by SET DEFAULT CURRENT_USER;
CREATE TRIGGER checks_changed_by BEFORE INSERT OR UPDATE ON checks FOR EACH ROW
    WHEN (NEW.changed_by IS DISTINCT FROM CURRENT_USER) EXECUTE FUNCTION opsdeck_stamp_role();
