-- Verified study time: each opening of a lesson is a study session; the server's decision on every
-- stretch of it is kept as segments (counted or not, and why), so a cadre can see why time did not count.

-- status: ACTIVE, ENDED (the cadre left), SUPERSEDED (another tab or device took over), EXPIRED
-- (heartbeats stopped, or the server restarted).
CREATE TABLE study_session (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  cadre_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  enrolment_id BIGINT NOT NULL,
  started_at TIMESTAMP NOT NULL,
  last_beat_at TIMESTAMP NOT NULL,
  last_seq INT NOT NULL,
  counted_seconds INT NOT NULL,
  max_position INT NOT NULL,
  status VARCHAR(16) NOT NULL,
  ended_at TIMESTAMP NULL,
  CONSTRAINT fk_study_session_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_study_session_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
CREATE INDEX ix_study_session_cadre_lesson ON study_session (cadre_id, lesson_id, started_at);
CREATE INDEX ix_study_session_status ON study_session (status);

-- Consecutive heartbeats with the same verdict, coalesced: [from_at, to_at) lasted seconds, of which
-- counted_seconds counted; reason is COUNTED or why not (HIDDEN, IDLE, SKIPPED_AHEAD, ...).
CREATE TABLE study_segment (
  session_id VARCHAR(36) NOT NULL,
  first_seq INT NOT NULL,
  last_seq INT NOT NULL,
  from_at TIMESTAMP NOT NULL,
  to_at TIMESTAMP NOT NULL,
  seconds INT NOT NULL,
  counted_seconds INT NOT NULL,
  reason VARCHAR(24) NOT NULL,
  PRIMARY KEY (session_id, first_seq),
  CONSTRAINT fk_study_segment_session FOREIGN KEY (session_id) REFERENCES study_session (id)
);
