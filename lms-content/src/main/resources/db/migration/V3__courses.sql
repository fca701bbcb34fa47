-- The online classroom's catalog: courses, lessons, quizzes, uploaded media, required-course
-- assignments, special online classes (专题班) and enrolments. H2 2.x and MySQL 8 / MariaDB alike.

INSERT INTO id_sequence (name, next_value) VALUES ('course', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('lesson', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('quiz_question', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('course_assignment', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('special_class', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('enrolment', 0);

-- Files uploaded for lessons and covers; the bytes live under lms.media.dir, named by id.
CREATE TABLE media_file (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  name VARCHAR(200) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  uploaded_by BIGINT NOT NULL,
  uploaded_at TIMESTAMP NOT NULL
);

-- owner_path: the scope that owns the course (the city's path, or a county's); it is offered to the
-- cadres under that path and edited by the center, instructors and sub-center admins above it.
CREATE TABLE course (
  id BIGINT NOT NULL PRIMARY KEY,
  title VARCHAR(120) NOT NULL,
  teacher VARCHAR(60) NOT NULL,
  category VARCHAR(40) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  cover_id VARCHAR(36) NULL,
  credits DECIMAL(5,1) NOT NULL,
  owner_path VARCHAR(200) NOT NULL,
  status VARCHAR(16) NOT NULL,
  attention_checks BOOLEAN NOT NULL,
  created_by BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  published_at TIMESTAMP NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_course_cover FOREIGN KEY (cover_id) REFERENCES media_file (id)
);
CREATE INDEX ix_course_status_owner ON course (status, owner_path);

-- kind: VIDEO (media_id or media_url), DOCUMENT (a PDF in media_id), TEXT (body, sanitised HTML),
-- QUIZ (questions below). length_seconds is the expected study time; 0 for a quiz.
CREATE TABLE lesson (
  id BIGINT NOT NULL PRIMARY KEY,
  course_id BIGINT NOT NULL,
  position INT NOT NULL,
  title VARCHAR(120) NOT NULL,
  kind VARCHAR(16) NOT NULL,
  length_seconds INT NOT NULL,
  media_id VARCHAR(36) NULL,
  media_url VARCHAR(500) NULL,
  body MEDIUMTEXT NULL,
  pass_percent INT NULL,
  max_attempts INT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_lesson_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_lesson_media FOREIGN KEY (media_id) REFERENCES media_file (id),
  CONSTRAINT uq_lesson_position UNIQUE (course_id, position)
);

-- kind: SINGLE, MULTIPLE, TRUE_FALSE. options: one per line; answer: the correct option indexes, "0,2".
CREATE TABLE quiz_question (
  id BIGINT NOT NULL PRIMARY KEY,
  lesson_id BIGINT NOT NULL,
  position INT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  prompt VARCHAR(1000) NOT NULL,
  options VARCHAR(2000) NOT NULL,
  answer VARCHAR(40) NOT NULL,
  CONSTRAINT fk_quiz_question_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT uq_quiz_question_position UNIQUE (lesson_id, position)
);

-- One row per submitted attempt; the unique number makes a racing second submission fail.
CREATE TABLE quiz_attempt (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  cadre_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  attempt_no INT NOT NULL,
  answers VARCHAR(2000) NOT NULL,
  score_percent INT NOT NULL,
  passed BOOLEAN NOT NULL,
  submitted_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_quiz_attempt_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_quiz_attempt_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id),
  CONSTRAINT uq_quiz_attempt UNIQUE (cadre_id, lesson_id, attempt_no)
);

-- A special online class (专题班): a named group of cadres with a study period.
CREATE TABLE special_class (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(80) NOT NULL,
  owner_path VARCHAR(200) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  version BIGINT NOT NULL
);
CREATE TABLE special_class_member (
  class_id BIGINT NOT NULL,
  cadre_id BIGINT NOT NULL,
  PRIMARY KEY (class_id, cadre_id),
  CONSTRAINT fk_special_class_member_class FOREIGN KEY (class_id) REFERENCES special_class (id),
  CONSTRAINT fk_special_class_member_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);
CREATE INDEX ix_special_class_member_cadre ON special_class_member (cadre_id);

-- A course made required for a year's audience: every cadre of a rank (under owner_path), every
-- cadre under a unit's or region's path, or the members of a special class; due_on is the deadline.
CREATE TABLE course_assignment (
  id BIGINT NOT NULL PRIMARY KEY,
  course_id BIGINT NOT NULL,
  assessment_year INT NOT NULL,
  audience VARCHAR(16) NOT NULL,
  cadre_rank VARCHAR(16) NULL,
  path VARCHAR(200) NOT NULL,
  class_id BIGINT NULL,
  due_on DATE NULL,
  assigned_by BIGINT NOT NULL,
  assigned_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_course_assignment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_course_assignment_class FOREIGN KEY (class_id) REFERENCES special_class (id)
);
CREATE INDEX ix_course_assignment_year ON course_assignment (assessment_year, course_id);

-- A cadre's enrolment in a course for an assessment year; required is decided when the cadre
-- enrols (an assignment reaching the cadre) and kept, so a credit's kind never changes afterwards.
CREATE TABLE enrolment (
  id BIGINT NOT NULL PRIMARY KEY,
  cadre_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  assessment_year INT NOT NULL,
  required BOOLEAN NOT NULL,
  due_on DATE NULL,
  enrolled_at TIMESTAMP NOT NULL,
  completed_at TIMESTAMP NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_enrolment_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_enrolment_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT uq_enrolment UNIQUE (cadre_id, course_id, assessment_year)
);
CREATE INDEX ix_enrolment_course ON enrolment (course_id);

-- Per cadre and lesson: verified seconds so far, the furthest point reached without skipping,
-- and when the lesson completed (by verified time or by passing its quiz).
CREATE TABLE lesson_progress (
  cadre_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  course_id BIGINT NOT NULL,
  counted_seconds INT NOT NULL,
  max_position INT NOT NULL,
  completed_at TIMESTAMP NULL,
  PRIMARY KEY (cadre_id, lesson_id),
  CONSTRAINT fk_lesson_progress_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_lesson_progress_lesson FOREIGN KEY (lesson_id) REFERENCES lesson (id)
);
CREATE INDEX ix_lesson_progress_course ON lesson_progress (cadre_id, course_id);
