-- Metrics cache (issue 4): series and their round-robin archives, compressed.
--
-- A series is keyed by (machine, metric, source); its type fixes how raw values become
-- rates. Data lives in chunks: BLOBs of many points encoded by core/metrics/ChunkCodec
-- (delta-of-delta timestamps, XOR'd doubles or integer delta-of-deltas), one row per
-- (series, archive, aligned chunk start). Archive 0 holds raw samples (value column);
-- archives 1.. hold rollups (avg, min, max, count columns), as RetentionPolicy says.
--
-- New samples first land in metric_pending, one small encoded piece per series per
-- flush (so ingest is one insert per series, not one per sample); maintenance merges
-- the pieces into chunks (later pieces win on equal timestamps), rolls up and prunes.
-- The file was created before this migration without auto_vacuum, so pruned pages go
-- to SQLite's freelist and are reused by the next chunks: the file reaches a plateau
-- instead of shrinking.

CREATE TABLE metric_series (
    id         INTEGER PRIMARY KEY,
    machine    TEXT NOT NULL,
    metric     TEXT NOT NULL,
    source     TEXT NOT NULL,
    type       TEXT NOT NULL CHECK (type IN ('gauge','counter','derive','absolute')),
    created_at INTEGER NOT NULL,
    first_ts   INTEGER,
    last_ts    INTEGER,
    -- the oldest timestamp written since the last rollup (NULL: nothing to redo)
    dirty_from INTEGER,
    UNIQUE (machine, metric, source)
);
CREATE INDEX metric_series_metric ON metric_series(metric, machine);

CREATE TABLE metric_pending (
    id        INTEGER PRIMARY KEY,
    series_id INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    first_ts  INTEGER NOT NULL,
    last_ts   INTEGER NOT NULL,
    data      BLOB NOT NULL
);
CREATE INDEX metric_pending_series ON metric_pending(series_id, id);

-- A rowid table with a unique key rather than WITHOUT ROWID: chunks are BLOBs of up to a
-- few KB, and SQLite keeps a rowid table's row of up to ~4 KB inside its page (and fills
-- overflow pages fully beyond that), where a WITHOUT ROWID row over ~1 KB would spill
-- into half-empty overflow pages.
CREATE TABLE metric_chunks (
    id          INTEGER PRIMARY KEY,
    series_id   INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    archive     INTEGER NOT NULL,
    chunk_start INTEGER NOT NULL,
    first_ts    INTEGER NOT NULL,
    last_ts     INTEGER NOT NULL,
    points      INTEGER NOT NULL,
    data        BLOB NOT NULL,
    UNIQUE (series_id, archive, chunk_start)
);

-- How far each rollup archive of a series has been built (exclusive, epoch seconds).
CREATE TABLE metric_rollup_state (
    series_id    INTEGER NOT NULL REFERENCES metric_series(id) ON DELETE CASCADE,
    archive      INTEGER NOT NULL,
    rolled_until INTEGER NOT NULL,
    PRIMARY KEY (series_id, archive)
) WITHOUT ROWID;
