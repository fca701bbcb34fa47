-- The people list answers from indexes at province scale (100,000+ cadres), measured by
-- bench/people-search.sh: a name search is a prefix range on ix_cadre_name_scope with scope, rank
-- and status checked inside the index, and its page is read in index order (the query orders by
-- name, path, rank, status, id to match); a scope-wide list or a rank filter ranges over
-- ix_cadre_scope; a status filter over ix_cadre_status_path.
CREATE INDEX ix_cadre_name_scope ON cadre (name, path, cadre_rank, status);
CREATE INDEX ix_cadre_scope ON cadre (path, cadre_rank, status, name);
CREATE INDEX ix_cadre_status_path ON cadre (status, path);
DROP INDEX ix_cadre_name ON cadre;
DROP INDEX ix_cadre_path_name ON cadre;
