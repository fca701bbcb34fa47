-- The online forums (网上论坛): boards, threads, posts with their earlier versions, attachments and
-- mentions, read markers, moderation records and reports. H2 2.x and MySQL 8 / MariaDB alike.

INSERT INTO id_sequence (name, next_value) VALUES ('forum_board', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_thread', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_post', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_revision', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_mention', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_moderation', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('forum_report', 0);

-- kind: CITY, COUNTY, UNIT, COURSE, SPECIAL_CLASS. audience_path: who reads it (a cadre at or under
-- it; staff whose scope covers it). group_name: a group the cadre must also belong to ("class:7").
-- county_code: the county the audience lies in, for the search's county filter; NULL city-wide.
CREATE TABLE forum_board (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(80) NOT NULL,
  description VARCHAR(500) NOT NULL,
  audience_path VARCHAR(200) NOT NULL,
  group_name VARCHAR(40) NULL,
  course_id BIGINT NULL,
  class_id BIGINT NULL,
  county_code VARCHAR(12) NULL,
  created_by BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_forum_board_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_forum_board_class FOREIGN KEY (class_id) REFERENCES special_class (id)
);
CREATE INDEX ix_forum_board_audience ON forum_board (audience_path);

-- Moderators named on a board, beside the staff whose scope covers its audience.
CREATE TABLE forum_board_moderator (
  board_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  PRIMARY KEY (board_id, person_id),
  CONSTRAINT fk_forum_board_moderator_board FOREIGN KEY (board_id) REFERENCES forum_board (id),
  CONSTRAINT fk_forum_board_moderator_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- next_seq numbers the thread's posts 1, 2, 3 under the thread's row lock (ids come in blocks per
-- node and do not follow time). last_seq, last_post_at and post_count describe the visible posts
-- only, so a hidden reply makes nobody's thread unread.
CREATE TABLE forum_thread (
  id BIGINT NOT NULL PRIMARY KEY,
  board_id BIGINT NOT NULL,
  title VARCHAR(120) NOT NULL,
  author_id BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  next_seq INT NOT NULL,
  last_seq INT NOT NULL,
  last_post_at TIMESTAMP NOT NULL,
  post_count INT NOT NULL,
  pinned BOOLEAN NOT NULL,
  locked BOOLEAN NOT NULL,
  hidden BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_forum_thread_board FOREIGN KEY (board_id) REFERENCES forum_board (id),
  CONSTRAINT fk_forum_thread_author FOREIGN KEY (author_id) REFERENCES person (id)
);
-- the board's list: pinned first, then by last activity
CREATE INDEX ix_forum_thread_list ON forum_thread (board_id, hidden, pinned, last_post_at);

-- body: sanitised HTML. quoted_post_id: the post of the same thread this one quotes.
CREATE TABLE forum_post (
  id BIGINT NOT NULL PRIMARY KEY,
  thread_id BIGINT NOT NULL,
  seq INT NOT NULL,
  author_id BIGINT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  quoted_post_id BIGINT NULL,
  created_at TIMESTAMP NOT NULL,
  edited_at TIMESTAMP NULL,
  edited_by BIGINT NULL,
  revisions INT NOT NULL,
  hidden BOOLEAN NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_forum_post_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id),
  CONSTRAINT fk_forum_post_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT fk_forum_post_quoted FOREIGN KEY (quoted_post_id) REFERENCES forum_post (id),
  CONSTRAINT uq_forum_post_seq UNIQUE (thread_id, seq)
);
-- the posting throttle counts a person's posts of the last hour
CREATE INDEX ix_forum_post_author ON forum_post (author_id, created_at);

-- Every earlier version of a post: what it said (and the thread's title, for a first post) until
-- written_at, when written_by replaced it.
CREATE TABLE forum_revision (
  id BIGINT NOT NULL PRIMARY KEY,
  post_id BIGINT NOT NULL,
  revision_no INT NOT NULL,
  title VARCHAR(120) NULL,
  body MEDIUMTEXT NOT NULL,
  written_at TIMESTAMP NOT NULL,
  replaced_at TIMESTAMP NOT NULL,
  replaced_by BIGINT NOT NULL,
  CONSTRAINT fk_forum_revision_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT uq_forum_revision UNIQUE (post_id, revision_no)
);

-- Files attached to a post: uploads in media_file (images and PDF); a file belongs to one post.
CREATE TABLE forum_attachment (
  post_id BIGINT NOT NULL,
  media_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (post_id, media_id),
  CONSTRAINT fk_forum_attachment_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_forum_attachment_media FOREIGN KEY (media_id) REFERENCES media_file (id),
  CONSTRAINT uq_forum_attachment_media UNIQUE (media_id)
);

-- "@username" in a post: the person named, for their list of mentions.
CREATE TABLE forum_mention (
  id BIGINT NOT NULL PRIMARY KEY,
  post_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_forum_mention_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_forum_mention_person FOREIGN KEY (person_id) REFERENCES person (id),
  CONSTRAINT uq_forum_mention UNIQUE (post_id, person_id)
);
CREATE INDEX ix_forum_mention_person ON forum_mention (person_id, created_at);

-- Per reader and thread: the seq of the last post read.
CREATE TABLE forum_read (
  person_id BIGINT NOT NULL,
  thread_id BIGINT NOT NULL,
  last_seq INT NOT NULL,
  PRIMARY KEY (person_id, thread_id),
  CONSTRAINT fk_forum_read_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);
CREATE INDEX ix_forum_read_thread ON forum_read (thread_id);

-- Every moderator's action: PIN, UNPIN, LOCK, UNLOCK, HIDE, UNHIDE (a thread or, with post_id, a
-- post), MOVE (from_board_id to board_id), who, when and why.
CREATE TABLE forum_moderation (
  id BIGINT NOT NULL PRIMARY KEY,
  board_id BIGINT NOT NULL,
  thread_id BIGINT NOT NULL,
  post_id BIGINT NULL,
  action VARCHAR(16) NOT NULL,
  from_board_id BIGINT NULL,
  reason VARCHAR(200) NOT NULL,
  moderator_id BIGINT NOT NULL,
  acted_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_forum_moderation_thread FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);
CREATE INDEX ix_forum_moderation_board ON forum_moderation (board_id, acted_at);
CREATE INDEX ix_forum_moderation_thread ON forum_moderation (thread_id);

-- A reader's report of a post; status OPEN until a moderator resolves it (HIDDEN or DISMISSED).
CREATE TABLE forum_report (
  id BIGINT NOT NULL PRIMARY KEY,
  post_id BIGINT NOT NULL,
  reporter_id BIGINT NOT NULL,
  reason VARCHAR(200) NOT NULL,
  reported_at TIMESTAMP NOT NULL,
  status VARCHAR(16) NOT NULL,
  resolved_by BIGINT NULL,
  resolved_at TIMESTAMP NULL,
  note VARCHAR(200) NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_forum_report_post FOREIGN KEY (post_id) REFERENCES forum_post (id),
  CONSTRAINT fk_forum_report_reporter FOREIGN KEY (reporter_id) REFERENCES person (id)
);
CREATE INDEX ix_forum_report_status ON forum_report (status, post_id);
CREATE INDEX ix_forum_report_post ON forum_report (post_id, reporter_id);
