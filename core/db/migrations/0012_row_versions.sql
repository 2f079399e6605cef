-- No lost update (issue 12, part 4): every editable row carries a version, bumped by
-- each write, and who wrote the current one and when (epoch seconds). A write based
-- on an old version touches no row and is refused with "changed by USER at TIME".
-- And a deploy's claims: one row per service and host a running deploy holds.

ALTER TABLE machines      ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE machines      ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE machines      ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE machines SET changed_at = created_at;

ALTER TABLE tree_nodes    ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tree_nodes    ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE tree_nodes    ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE tree_nodes SET changed_at = created_at;

ALTER TABLE pools         ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pools         ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE pools         ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE pools SET changed_at = created_at;

ALTER TABLE sources       ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sources       ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE sources       ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE sources SET changed_at = created_at;

-- A service's deploy settings (the row beside its tree node).
ALTER TABLE services      ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE services      ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE services      ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE services SET changed_at = updated_at;

ALTER TABLE job_templates ADD COLUMN version    INTEGER NOT NULL DEFAULT 1;
ALTER TABLE job_templates ADD COLUMN changed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE job_templates ADD COLUMN changed_at INTEGER NOT NULL DEFAULT 0;
UPDATE job_templates SET changed_at = updated_ms / 1000;

-- What a deploy job holds while it is pending, running or paused: 'service:PATH' and
-- 'host:NAME'. Taken in the job's insert transaction by one statement that only takes
-- over a claim whose job has ended, so two consoles deploying one service get one job.
-- Released when the job ends (setState, cancel, interruptOrphans); a row left by a job
-- that ended without releasing is taken over, so no claim blocks longer than its job.
CREATE TABLE job_claims (
    claim      TEXT PRIMARY KEY,
    job_id     INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    claimed_ms INTEGER NOT NULL
);
CREATE INDEX job_claims_job ON job_claims(job_id);
