-- Metrics ingest at Kurado's scale (3,000 hosts x 36 series a minute): a flush wrote one
-- metric_pending row and then updated its metric_series row from the client, two
-- statements per series. The series row now follows from the insert inside SQLite, so a
-- flush runs one statement per series.

CREATE TRIGGER metric_pending_updates_series AFTER INSERT ON metric_pending
BEGIN
    UPDATE metric_series
       SET first_ts   = min(coalesce(first_ts, NEW.first_ts), NEW.first_ts),
           last_ts    = max(coalesce(last_ts, NEW.last_ts), NEW.last_ts),
           dirty_from = min(coalesce(dirty_from, NEW.first_ts), NEW.first_ts)
     WHERE id = NEW.series_id;
END;
