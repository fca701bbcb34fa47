-- Study gardens (在线学习园地): learning spaces of a unit, a county, a course, a special class or the
-- whole city, where members post study reflections, reading lists and shared resources, and others
-- comment and like. H2 2.x and MySQL 8 / MariaDB alike. Needs V1 (person) and V3 (course, media_file).

INSERT INTO id_sequence (name, next_value) VALUES ('garden', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('garden_post', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('garden_comment', 0);

-- path: the garden's audience, an organisation path (a unit's, a county's, a course's or class's
-- owner path, or the city's). group_name: "course:ID" or "class:ID" when only that group's cadres
-- are members. ref_id: the unit, county node, course or class the garden was opened for.
CREATE TABLE garden (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name VARCHAR(80) NOT NULL,
  description VARCHAR(500) NOT NULL,
  path VARCHAR(200) NOT NULL,
  group_name VARCHAR(40) NULL,
  county_code VARCHAR(12) NULL,
  ref_id BIGINT NULL,
  opened_by BIGINT NOT NULL,
  opened_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_garden_opened_by FOREIGN KEY (opened_by) REFERENCES person (id)
);
CREATE INDEX ix_garden_path ON garden (path);

-- kind: REFLECTION (title, sanitised HTML body, optional course), READING_LIST (title, optional
-- intro, items below), RESOURCE (title, optional note, and a link or an uploaded file).
CREATE TABLE garden_post (
  id BIGINT NOT NULL PRIMARY KEY,
  garden_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  author_id BIGINT NOT NULL,
  title VARCHAR(120) NOT NULL,
  body MEDIUMTEXT NULL,
  course_id BIGINT NULL,
  url VARCHAR(500) NULL,
  media_id VARCHAR(36) NULL,
  featured BOOLEAN NOT NULL,
  featured_at TIMESTAMP NULL,
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_garden_post_garden FOREIGN KEY (garden_id) REFERENCES garden (id),
  CONSTRAINT fk_garden_post_author FOREIGN KEY (author_id) REFERENCES person (id),
  CONSTRAINT fk_garden_post_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_garden_post_media FOREIGN KEY (media_id) REFERENCES media_file (id)
);
-- the garden page: featured first, then newest
CREATE INDEX ix_garden_post_list ON garden_post (garden_id, featured, created_at);

-- A reading list's entries in order: a text, and optionally a web link or a course of the catalog.
CREATE TABLE garden_reading_item (
  post_id BIGINT NOT NULL,
  position INT NOT NULL,
  label VARCHAR(200) NOT NULL,
  url VARCHAR(500) NULL,
  course_id BIGINT NULL,
  PRIMARY KEY (post_id, position),
  CONSTRAINT fk_garden_reading_item_post FOREIGN KEY (post_id) REFERENCES garden_post (id),
  CONSTRAINT fk_garden_reading_item_course FOREIGN KEY (course_id) REFERENCES course (id)
);

-- garden_id is repeated on comments and likes so the activity feed reads one index per table.
CREATE TABLE garden_comment (
  id BIGINT NOT NULL PRIMARY KEY,
  garden_id BIGINT NOT NULL,
  post_id BIGINT NOT NULL,
  author_id BIGINT NOT NULL,
  body MEDIUMTEXT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_garden_comment_post FOREIGN KEY (post_id) REFERENCES garden_post (id),
  CONSTRAINT fk_garden_comment_author FOREIGN KEY (author_id) REFERENCES person (id)
);
CREATE INDEX ix_garden_comment_post ON garden_comment (post_id, created_at);
CREATE INDEX ix_garden_comment_garden ON garden_comment (garden_id, created_at);

-- One like per person and post: the primary key refuses a second.
CREATE TABLE garden_like (
  post_id BIGINT NOT NULL,
  person_id BIGINT NOT NULL,
  garden_id BIGINT NOT NULL,
  liked_at TIMESTAMP NOT NULL,
  PRIMARY KEY (post_id, person_id),
  CONSTRAINT fk_garden_like_post FOREIGN KEY (post_id) REFERENCES garden_post (id),
  CONSTRAINT fk_garden_like_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_garden_like_garden ON garden_like (garden_id, liked_at);
