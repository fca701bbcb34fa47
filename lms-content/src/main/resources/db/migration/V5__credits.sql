-- The credit ledger (lms-reporting, package credits): each year's rules, the append-only entries
-- chained by hash per cadre and year, and a per cadre-year balance kept in the appending
-- transaction. H2 2.x and MySQL 8 / MariaDB alike.

-- A year's rules. A year without its own row uses the latest earlier year's (see CreditRules).
CREATE TABLE credit_rules (
  assessment_year INT NOT NULL PRIMARY KEY,
  minutes_per_credit INT NOT NULL,
  daily_cap DECIMAL(6,2) NOT NULL,
  elective_cap DECIMAL(6,2) NULL,
  required_county DECIMAL(6,2) NOT NULL,
  required_section DECIMAL(6,2) NOT NULL,
  required_below_section DECIMAL(6,2) NOT NULL,
  updated_by BIGINT NULL,
  updated_at TIMESTAMP NOT NULL
);
INSERT INTO credit_rules (assessment_year, minutes_per_credit, daily_cap, elective_cap, required_county,
  required_section, required_below_section, updated_by, updated_at)
  VALUES (2026, 45, 8.00, 40.00, 60.00, 50.00, 50.00, NULL, TIMESTAMP '2026-01-01 00:00:00');

-- One row per credit movement, never updated or deleted. seq counts 1, 2, 3 per cadre and year;
-- hash = SHA-256 of the canonical text of the row and prev_hash (see HashChain). source_ref names
-- the study session, the enrolment, or for a CORRECTION the seq it reverses; the unique source key
-- makes a second credit for the same source (or a second reversal) fail even past the checks.
CREATE TABLE credit_entry (
  cadre_id BIGINT NOT NULL,
  assessment_year INT NOT NULL,
  seq INT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  amount DECIMAL(8,2) NOT NULL,
  source_type VARCHAR(24) NOT NULL,
  source_ref VARCHAR(64) NULL,
  course_id BIGINT NULL,
  study_day DATE NULL,
  reason_key VARCHAR(80) NOT NULL,
  reason_args VARCHAR(600) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  created_by BIGINT NULL,
  prev_hash VARCHAR(64) NOT NULL,
  hash VARCHAR(64) NOT NULL,
  PRIMARY KEY (cadre_id, assessment_year, seq),
  CONSTRAINT fk_credit_entry_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT uq_credit_entry_source UNIQUE (cadre_id, assessment_year, source_type, source_ref)
);
-- the caps: what a course earned this year, what a day earned
CREATE INDEX ix_credit_entry_course ON credit_entry (cadre_id, assessment_year, course_id);
CREATE INDEX ix_credit_entry_day ON credit_entry (cadre_id, study_day);

-- The running totals and the chain's head per cadre and year; its row is locked by every append,
-- so appends to one chain queue up instead of forking it. The review list joins it, never the entries.
CREATE TABLE credit_balance (
  cadre_id BIGINT NOT NULL,
  assessment_year INT NOT NULL,
  required_total DECIMAL(8,2) NOT NULL,
  elective_total DECIMAL(8,2) NOT NULL,
  last_seq INT NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  PRIMARY KEY (cadre_id, assessment_year),
  CONSTRAINT fk_credit_balance_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);
CREATE INDEX ix_credit_balance_year ON credit_balance (assessment_year, cadre_id, required_total, elective_total);
-- the review list's cadres come from V2's ix_cadre_scope (path, rank, status) and ix_cadre_status_path
