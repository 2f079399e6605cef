-- Jobs: ad-hoc commands and deployments run on hosts over SSH, each host's steps,
-- exit codes and output (capped per host), and job templates (Loki's `tpl`).
-- Times are milliseconds since the epoch (a step's timing matters below a second).

CREATE TABLE jobs (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('command','deploy','relation-changed','init')),
    -- What the operator named: host names, a node path or a service path.
    target           TEXT NOT NULL,
    -- JSON: the command, package, canary, batch, parallel, max_fail, ... (never a secret).
    options          TEXT NOT NULL DEFAULT '{}',
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending','running','paused','ok','failed','cancelled','interrupted')),
    operator         TEXT NOT NULL DEFAULT '',
    retry_of         INTEGER REFERENCES jobs(id) ON DELETE SET NULL,
    -- Asked by another process (`job cancel`), honoured by the one running the job.
    cancel_requested INTEGER NOT NULL DEFAULT 0 CHECK (cancel_requested IN (0, 1)),
    -- The process running the job; a job whose runner is gone is interrupted.
    runner_pid       INTEGER,
    output_cap       INTEGER NOT NULL DEFAULT 8388608 CHECK (output_cap > 0),
    created_ms       INTEGER NOT NULL,
    started_ms       INTEGER,
    finished_ms      INTEGER
);
CREATE INDEX jobs_state ON jobs(state, id);

-- One row per host of a job, in rollout order.
CREATE TABLE job_hosts (
    job_id       INTEGER NOT NULL REFERENCES jobs(id) ON DELETE CASCADE,
    machine      TEXT NOT NULL,
    position     INTEGER NOT NULL,
    -- 0 is the canary batch when the job has one.
    batch        INTEGER NOT NULL DEFAULT 0,
    state        TEXT NOT NULL DEFAULT 'pending'
                 CHECK (state IN ('pending','running','ok','failed','cancelled','interrupted')),
    step         TEXT NOT NULL DEFAULT '',
    exit_code    INTEGER,
    error        TEXT NOT NULL DEFAULT '',
    started_ms   INTEGER,
    finished_ms  INTEGER,
    -- Output kept, and output dropped past the job's output_cap.
    output_bytes INTEGER NOT NULL DEFAULT 0,
    output_cut   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (job_id, machine)
);

-- Every step a host went through (connect, upload, hooks, health check, command).
CREATE TABLE job_steps (
    job_id      INTEGER NOT NULL,
    machine     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    started_ms  INTEGER NOT NULL,
    finished_ms INTEGER,
    exit_code   INTEGER,
    error       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (job_id, machine, seq),
    FOREIGN KEY (job_id, machine) REFERENCES job_hosts(job_id, machine) ON DELETE CASCADE
);

-- Output as it arrived: stream 1 stdout, 2 stderr.
CREATE TABLE job_output (
    id      INTEGER PRIMARY KEY,
    job_id  INTEGER NOT NULL,
    machine TEXT NOT NULL,
    stream  INTEGER NOT NULL CHECK (stream IN (1, 2)),
    at_ms   INTEGER NOT NULL,
    data    BLOB NOT NULL,
    FOREIGN KEY (job_id, machine) REFERENCES job_hosts(job_id, machine) ON DELETE CASCADE
);
CREATE INDEX job_output_host ON job_output(job_id, machine, id);

-- A job's kind, target and options saved under a name, run again later.
CREATE TABLE job_templates (
    name       TEXT PRIMARY KEY CHECK (name <> ''),
    kind       TEXT NOT NULL CHECK (kind IN ('command','deploy','relation-changed','init')),
    target     TEXT NOT NULL,
    options    TEXT NOT NULL DEFAULT '{}',
    created_ms INTEGER NOT NULL,
    updated_ms INTEGER NOT NULL
);
