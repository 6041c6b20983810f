-- Contains-search over millions of rows (SKU codes, names) needs trigram indexes. pg_trgm ships with PostgreSQL and
-- is a trusted extension: the database's owner may create it. It lives in the platform schema so that no department
-- owns what others use; a department's migration finds its schema in pg_extension (it may exist elsewhere already).
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA platform;
