-- Online study at a village station (module site-sync): a village cadre studies a lesson at the
-- station, the station's tracker verifies the time as online, and the closed session travels up as a
-- STUDY_TIME record. At the center it is kept here (not as a study_session, whose live state and
-- enrolment belong to the node that ran it) and credited like online study. H2 and MySQL alike.
CREATE TABLE station_study (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  station_id BIGINT NOT NULL,
  cadre_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  counted_seconds INT NOT NULL,
  study_day DATE NOT NULL,
  credit_state VARCHAR(8) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_station_study_station FOREIGN KEY (station_id) REFERENCES station (id),
  CONSTRAINT fk_station_study_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_station_study_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
CREATE INDEX ix_station_study_cadre ON station_study (cadre_id, study_day);
CREATE INDEX ix_station_study_credit ON station_study (credit_state);
