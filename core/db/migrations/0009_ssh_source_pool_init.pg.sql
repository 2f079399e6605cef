-- PostgreSQL's text of 0009_ssh_source_pool_init.sql: a CHECK is replaced in place
-- (0004.pg named it), no table rebuild.
ALTER TABLE sources DROP CONSTRAINT sources_kind_check;
ALTER TABLE sources ADD CONSTRAINT sources_kind_check
    CHECK (kind IN ('node-exporter','graphite','prometheus','opentsdb','ssh'));

ALTER TABLE pools ADD COLUMN init_script TEXT NOT NULL DEFAULT '';
