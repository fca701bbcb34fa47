-- Village stations and the sync of their records (module site-sync; see docs/sync-protocol.md).
-- One schema for both roles: a station's embedded H2 and the center's database hold the same tables;
-- a station writes group study and its outbox, the center its inbox and station keys.
-- H2 2.x and MySQL 8 / MariaDB alike.

-- Group study at a station: a collective viewing of a course or a broadcast, made at the station
-- (ids are UUIDs made there) and applied at the center from the station's records.
-- kind: COURSE (course_id set) or BROADCAST. Times are what the operator entered, China time.
CREATE TABLE group_session (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  station_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  course_id BIGINT NULL,
  title VARCHAR(120) NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  recorded_by VARCHAR(40) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_group_session_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE INDEX ix_group_session_station ON group_session (station_id, starts_at);

-- Who attended, for how many minutes. A guest (a cadre from elsewhere) is named by username and
-- name at the station; cadre_id is null there and set at the center, which routes the record to
-- that cadre. credit_state: PENDING until the center's crediting has booked it, then DONE;
-- LOCAL at a station (a station's ledger books nothing).
CREATE TABLE group_attendance (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  session_id VARCHAR(36) NOT NULL,
  cadre_id BIGINT NULL,
  guest_username VARCHAR(40) NULL,
  guest_name VARCHAR(40) NULL,
  minutes INT NOT NULL,
  study_day DATE NOT NULL,
  credit_state VARCHAR(8) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_group_attendance_session FOREIGN KEY (session_id) REFERENCES group_session (id),
  CONSTRAINT fk_group_attendance_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT uq_group_attendance UNIQUE (session_id, cadre_id)
);
CREATE INDEX ix_group_attendance_cadre ON group_attendance (cadre_id, study_day);
CREATE INDEX ix_group_attendance_credit ON group_attendance (credit_state);

-- At the center: each station's link. key_id names the active key (the SHA-256 of its encoding,
-- hex); null before enrolment and after revocation. high_water is the highest record number applied;
-- pull_nonce the highest master-data request number seen (a replayed request is refused);
-- backlog the records the station said were waiting at its last contact.
CREATE TABLE sync_station (
  station_id BIGINT NOT NULL PRIMARY KEY,
  key_id VARCHAR(64) NULL,
  high_water BIGINT NOT NULL,
  pull_nonce BIGINT NOT NULL,
  last_contact_at TIMESTAMP NULL,
  backlog INT NOT NULL,
  CONSTRAINT fk_sync_station_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- Every key a station ever enrolled, revoked ones kept with who revoked them and why.
CREATE TABLE sync_key (
  key_id VARCHAR(64) NOT NULL PRIMARY KEY,
  station_id BIGINT NOT NULL,
  public_key VARCHAR(200) NOT NULL,
  enrolled_at TIMESTAMP NOT NULL,
  revoked_at TIMESTAMP NULL,
  revoked_by BIGINT NULL,
  revoke_reason VARCHAR(200) NULL,
  CONSTRAINT fk_sync_key_station FOREIGN KEY (station_id) REFERENCES station (id)
);
CREATE INDEX ix_sync_key_station ON sync_key (station_id);

-- One-time enrolment codes; only the SHA-256 of a code is stored.
CREATE TABLE sync_enrolment_code (
  code_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  station_id BIGINT NOT NULL,
  issued_by BIGINT NOT NULL,
  issued_at TIMESTAMP NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  used_at TIMESTAMP NULL,
  CONSTRAINT fk_sync_code_station FOREIGN KEY (station_id) REFERENCES station (id)
);

-- Every record a station sent that the center took: applied, quarantined (reason; an administrator
-- fixes and re-applies it, or rejects it with a reason) or rejected. Never deleted: this is the
-- log the "exactly once" guarantee is checked against.
CREATE TABLE sync_inbox (
  station_id BIGINT NOT NULL,
  seq BIGINT NOT NULL,
  record_id VARCHAR(36) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  body_hash VARCHAR(64) NOT NULL,
  made_at TIMESTAMP NOT NULL,
  received_at TIMESTAMP NOT NULL,
  state VARCHAR(12) NOT NULL,
  reason VARCHAR(40) NULL,
  detail VARCHAR(300) NULL,
  resolved_by BIGINT NULL,
  resolved_at TIMESTAMP NULL,
  PRIMARY KEY (station_id, seq),
  CONSTRAINT uq_sync_inbox_record UNIQUE (record_id)
);
CREATE INDEX ix_sync_inbox_state ON sync_inbox (state, station_id);

-- Batches and requests the center refused (bad signature, replay, gap, revoked or unknown station,
-- malformed), for the stations page and the log.
CREATE TABLE sync_refusal (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  station_code VARCHAR(40) NULL,
  station_id BIGINT NULL,
  refused_at TIMESTAMP NOT NULL,
  reason VARCHAR(24) NOT NULL,
  detail VARCHAR(300) NOT NULL
);
CREATE INDEX ix_sync_refusal_station ON sync_refusal (station_id, refused_at);

-- At a station: its own identity and sync state (one row, id 1). next_seq numbers the next record;
-- acked_seq is the center's high-water mark as last heard.
CREATE TABLE sync_self (
  id INT NOT NULL PRIMARY KEY,
  center_url VARCHAR(300) NOT NULL,
  station_id BIGINT NOT NULL,
  station_code VARCHAR(20) NOT NULL,
  station_name VARCHAR(80) NOT NULL,
  village_path VARCHAR(200) NOT NULL,
  key_id VARCHAR(64) NOT NULL,
  private_key VARCHAR(200) NOT NULL,
  public_key VARCHAR(200) NOT NULL,
  next_seq BIGINT NOT NULL,
  acked_seq BIGINT NOT NULL,
  master_version VARCHAR(64) NULL,
  pull_nonce BIGINT NOT NULL,
  enrolled_at TIMESTAMP NOT NULL,
  last_attempt_at TIMESTAMP NULL,
  last_success_at TIMESTAMP NULL,
  last_error VARCHAR(500) NULL
);

-- At a station: the records it made, in order, until the center has them. result: null while
-- waiting, then APPLIED, DUPLICATE or QUARANTINED as the center answered.
CREATE TABLE sync_outbox (
  seq BIGINT NOT NULL PRIMARY KEY,
  record_id VARCHAR(36) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  made_at TIMESTAMP NOT NULL,
  result VARCHAR(12) NULL,
  reason VARCHAR(40) NULL,
  CONSTRAINT uq_sync_outbox_record UNIQUE (record_id)
);
CREATE INDEX ix_sync_outbox_result ON sync_outbox (result, seq);
