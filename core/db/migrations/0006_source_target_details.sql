-- What each target's last answer held beyond the counts: how many of its series were
-- mapped onto Kurado's names (a node_exporter page on a system the mapping does not know
-- maps none), and its last malformed lines as a JSON array of {line, reason, text}.
ALTER TABLE source_targets ADD COLUMN last_series INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_targets ADD COLUMN last_mapped INTEGER NOT NULL DEFAULT 0;
ALTER TABLE source_targets ADD COLUMN malformed_lines TEXT NOT NULL DEFAULT '[]';
