-- The organisation tree, units, stations, cadres, accounts and role grants.
-- Written for both H2 2.x and MySQL 8 / MariaDB 10.11: no vendor types, no IDENTITY (see docs/architecture.md).

-- Id blocks for JPA's table generator (allocation 100); the demo loader advances them after bulk inserts.
CREATE TABLE id_sequence (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO id_sequence (name, next_value) VALUES ('org_node', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('unit', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('station', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('cadre', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('cadre_posting', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('person', 0);
INSERT INTO id_sequence (name, next_value) VALUES ('role_grant', 0);

-- City, county/district, township, village. path = '/340600/340621/340621100/340621100201/'
CREATE TABLE org_node (
  id BIGINT NOT NULL PRIMARY KEY,
  parent_id BIGINT NULL,
  code VARCHAR(12) NOT NULL,
  name VARCHAR(60) NOT NULL,
  tier VARCHAR(16) NOT NULL,
  path VARCHAR(200) NOT NULL,
  CONSTRAINT uq_org_node_code UNIQUE (code),
  CONSTRAINT uq_org_node_path UNIQUE (path),
  CONSTRAINT fk_org_node_parent FOREIGN KEY (parent_id) REFERENCES org_node (id)
);
CREATE INDEX ix_org_node_parent ON org_node (parent_id);

-- Party and government organs, institutions, enterprises, township governments, village committees.
-- path = region path + 'u<id>/'
CREATE TABLE unit (
  id BIGINT NOT NULL PRIMARY KEY,
  node_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  name VARCHAR(80) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  path VARCHAR(200) NOT NULL,
  CONSTRAINT uq_unit_code UNIQUE (code),
  CONSTRAINT fk_unit_node FOREIGN KEY (node_id) REFERENCES org_node (id)
);
CREATE INDEX ix_unit_node ON unit (node_id);
CREATE INDEX ix_unit_path ON unit (path);

-- Receiving stations and village information points, attached to villages. path = village path + 's<id>/'
CREATE TABLE station (
  id BIGINT NOT NULL PRIMARY KEY,
  village_id BIGINT NOT NULL,
  code VARCHAR(20) NOT NULL,
  name VARCHAR(80) NOT NULL,
  kind VARCHAR(24) NOT NULL,
  path VARCHAR(200) NOT NULL,
  CONSTRAINT uq_station_code UNIQUE (code),
  CONSTRAINT fk_station_village FOREIGN KEY (village_id) REFERENCES org_node (id)
);
CREATE INDEX ix_station_village ON station (village_id);
CREATE INDEX ix_station_path ON station (path);

-- A cadre's current record; path is the current unit's path, so scope is one prefix match.
CREATE TABLE cadre (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  gender VARCHAR(8) NOT NULL,
  unit_id BIGINT NOT NULL,
  post VARCHAR(60) NOT NULL,
  cadre_rank VARCHAR(16) NOT NULL,
  authority VARCHAR(8) NOT NULL,
  status VARCHAR(16) NOT NULL,
  path VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT fk_cadre_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_cadre_path_name ON cadre (path, name);
CREATE INDEX ix_cadre_name ON cadre (name);
CREATE INDEX ix_cadre_unit ON cadre (unit_id);

-- Every posting a cadre held: a transfer ends one and starts the next, so history is never overwritten.
CREATE TABLE cadre_posting (
  id BIGINT NOT NULL PRIMARY KEY,
  cadre_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  post VARCHAR(60) NOT NULL,
  started_on DATE NOT NULL,
  ended_on DATE NULL,
  CONSTRAINT fk_posting_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id),
  CONSTRAINT fk_posting_unit FOREIGN KEY (unit_id) REFERENCES unit (id)
);
CREATE INDEX ix_posting_cadre ON cadre_posting (cadre_id);

-- A person who signs in. password_hash is Jakarta Security's PBKDF2 format; NULL means no password set yet.
CREATE TABLE person (
  id BIGINT NOT NULL PRIMARY KEY,
  username VARCHAR(40) NOT NULL,
  display_name VARCHAR(40) NOT NULL,
  password_hash VARCHAR(255) NULL,
  failed_attempts INT NOT NULL,
  locked_until TIMESTAMP NULL,
  must_change_password BOOLEAN NOT NULL,
  cadre_id BIGINT NULL,
  home_path VARCHAR(200) NOT NULL,
  version BIGINT NOT NULL,
  CONSTRAINT uq_person_username UNIQUE (username),
  CONSTRAINT uq_person_cadre UNIQUE (cadre_id),
  CONSTRAINT fk_person_cadre FOREIGN KEY (cadre_id) REFERENCES cadre (id)
);

-- A role held at a node of the tree: the node's path is the role's scope.
CREATE TABLE role_grant (
  id BIGINT NOT NULL PRIMARY KEY,
  person_id BIGINT NOT NULL,
  role_name VARCHAR(24) NOT NULL,
  scope_path VARCHAR(200) NOT NULL,
  CONSTRAINT uq_role_grant UNIQUE (person_id, role_name, scope_path),
  CONSTRAINT fk_role_grant_person FOREIGN KEY (person_id) REFERENCES person (id)
);

-- Bearer tokens for REST clients; only the SHA-256 of a token is stored.
CREATE TABLE api_token (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  person_id BIGINT NOT NULL,
  expires_at TIMESTAMP NOT NULL,
  CONSTRAINT fk_api_token_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_api_token_person ON api_token (person_id);
