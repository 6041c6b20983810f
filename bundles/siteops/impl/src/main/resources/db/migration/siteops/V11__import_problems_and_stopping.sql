-- Every rule a refused import's rows break, kept for its file of rejected rows (the job itself lists the first ones).
CREATE TABLE siteops.product_import_problem (
    import_id bigint NOT NULL REFERENCES siteops.product_import (id),
    line      int NOT NULL,
    field     text NOT NULL,
    message   text NOT NULL
);
CREATE INDEX product_import_problem_rows ON siteops.product_import_problem (import_id, line, field);

-- An import being checked or applied can be asked to stop: it stops before its next step and rolls back, so nothing of
-- it is applied. Who asked is kept with the job.
ALTER TABLE siteops.product_import ADD COLUMN cancel_requested_by text;

-- Imports refused before: the rows they listed ("row 12: sku") become their kept rule breaks.
INSERT INTO siteops.product_import_problem (import_id, line, field, message)
SELECT i.id, substring(e->>'field' FROM '^row ([0-9]+):')::int, btrim(substring(e->>'field' FROM ':(.*)$')), coalesce(e->>'message', '')
FROM siteops.product_import i, jsonb_array_elements(i.errors) e
WHERE i.status = 'FAILED' AND e->>'field' ~ '^row [0-9]+:';
