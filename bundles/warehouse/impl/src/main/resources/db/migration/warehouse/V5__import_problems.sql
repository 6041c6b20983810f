-- Every rule a refused opening-stock import's rows break, kept for its file of rejected rows (the job itself lists the
-- first ones).
CREATE TABLE warehouse.import_problem (
    job_id  bigint NOT NULL REFERENCES warehouse.import_job (id),
    line    int NOT NULL,
    field   text NOT NULL,
    message text NOT NULL
);
CREATE INDEX import_problem_rows ON warehouse.import_problem (job_id, line, field);

-- Imports refused before: the rows they listed ("row 12: sku") become their kept rule breaks.
INSERT INTO warehouse.import_problem (job_id, line, field, message)
SELECT j.id, substring(e->>'field' FROM '^row ([0-9]+):')::int, btrim(substring(e->>'field' FROM ':(.*)$')), coalesce(e->>'message', '')
FROM warehouse.import_job j, jsonb_array_elements(j.errors) e
WHERE j.status = 'FAILED' AND e->>'field' ~ '^row [0-9]+:';
