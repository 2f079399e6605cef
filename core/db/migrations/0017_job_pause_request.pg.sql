-- PostgreSQL's text of 0017_job_pause_request.sql (BIGINT as every integer column here).
-- Keep the two in step.

-- `job pause|resume ID` from another process (issue 11): the request waits here until
-- the job's runner, which reads it with cancel_requested every second, applies it and
-- clears it. 0 none, 1 pause (hold new starts), 2 resume.
ALTER TABLE jobs ADD COLUMN pause_requested BIGINT NOT NULL DEFAULT 0 CHECK (pause_requested IN (0, 1, 2));
