-- The deploy gate (issue 11, part 5): a rollout that requires chosen checks to pass
-- after each batch pauses when they do not, and says why here. Empty unless the job
-- is paused; JobStore::setState writes it, any other state clears it.
ALTER TABLE jobs ADD COLUMN pause_reason TEXT NOT NULL DEFAULT '';
