-- Full-text search (package search): the change table each node's Lucene index follows. A row is
-- written in the same transaction as the change it names, so a rolled-back change leaves no row and
-- a committed one is never lost; every node applies the rows after its own last applied id (kept
-- in its index's commit data) and re-reads the last minutes for rows that committed out of id
-- order. Old rows are pruned after some days. H2 2.x and MySQL 8 / MariaDB alike.

INSERT INTO id_sequence (name, next_value) VALUES ('search_change', 0);

-- kind: COURSE, LESSON, FORUM_POST, GARDEN_POST (SearchKind); item_id: that module's id. changed_at
-- is the database's clock, so every node measures the re-read window by one clock.
CREATE TABLE search_change (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  item_id BIGINT NOT NULL,
  changed_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX ix_search_change_at ON search_change (changed_at);
