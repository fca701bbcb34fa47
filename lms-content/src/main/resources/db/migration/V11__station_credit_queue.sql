-- The center's crediting worker reads the oldest PENDING station records first; with only the
-- (credit_state) index MariaDB chose a range over another index and a filesort, 43 s a round at a
-- million attendances (docs/benchmarks.md). These answer it from the index's start.
CREATE INDEX ix_group_attendance_queue ON group_attendance (credit_state, recorded_at, id);
CREATE INDEX ix_station_study_queue ON station_study (credit_state, recorded_at, id);
