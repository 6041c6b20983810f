-- The warehouse at a mid-size company's size (2,000,000 stock rows, 10,000,000 movements a year).

-- Contains-search on SKU codes (?q=) through a trigram index; the operator class is where the platform put pg_trgm.
DO $$
DECLARE
    trgm_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX stock_sku_trgm ON warehouse.stock USING gin (sku %I.gin_trgm_ops)', trgm_schema);
END $$;

-- Movements of one warehouse, newest first, paged by id.
CREATE INDEX movement_warehouse ON warehouse.movement (warehouse_id, id);

-- Opening-stock imports run as background jobs: the upload is staged, then validated and applied all or nothing.
CREATE TABLE warehouse.import_job (
    id           bigserial   PRIMARY KEY,
    status       text        NOT NULL CHECK (status IN ('QUEUED', 'VALIDATING', 'LOADING', 'SUCCEEDED', 'FAILED')),
    rows         integer     NOT NULL CHECK (rows >= 0),
    warehouses   text[]      NOT NULL,
    attempts     integer     NOT NULL DEFAULT 0,
    error_count  integer     NOT NULL DEFAULT 0,
    errors       jsonb       NOT NULL DEFAULT '[]'::jsonb,
    detail       text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    started_at   timestamptz,
    finished_at  timestamptz
);
CREATE INDEX import_job_open ON warehouse.import_job (id) WHERE status IN ('QUEUED', 'VALIDATING', 'LOADING');

-- The rows of an upload until its job ends (no foreign key: staging millions of rows must be cheap).
CREATE TABLE warehouse.import_row (
    job_id         bigint  NOT NULL,
    line           integer NOT NULL,
    sku            text    NOT NULL,
    warehouse_code text    NOT NULL,
    quantity       integer NOT NULL
);
CREATE INDEX import_row_job_line ON warehouse.import_row (job_id, line);

-- One import at a time per warehouse: a job claims the warehouses of its file until it ends.
CREATE TABLE warehouse.import_claim (
    warehouse_code text   PRIMARY KEY,
    job_id         bigint NOT NULL REFERENCES warehouse.import_job (id)
);
