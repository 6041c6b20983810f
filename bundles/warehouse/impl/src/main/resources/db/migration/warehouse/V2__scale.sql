-- The warehouse at a mid-size company's size (2,000,000 stock rows, 10,000,000 movements a year).

-- The SKUs the warehouse holds stock of, for contains-search (?q=) through a trigram index: 100,000 codes rather than
-- 2,000,000 stock rows to index, and nothing to maintain when stock only changes. The operator class is where the
-- platform put pg_trgm. Stock rows are created by one statement that also records a new SKU here.
CREATE TABLE warehouse.sku (
    sku text PRIMARY KEY
);
INSERT INTO warehouse.sku (sku) SELECT DISTINCT sku FROM warehouse.stock;
DO $$
DECLARE
    trgm_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX sku_trgm ON warehouse.sku USING gin (sku %I.gin_trgm_ops)', trgm_schema);
END $$;

-- Sales of a window summed from an index alone (the rebalancing planner reads a month of them at once).
DROP INDEX warehouse.movement_sales;
CREATE INDEX movement_sales ON warehouse.movement (at) INCLUDE (sku, warehouse_id, on_hand_delta)
    WHERE kind IN ('ISSUE', 'COMMIT');

-- Stock rows change all the time (every reservation): room on each page lets PostgreSQL update them in place without
-- touching the indexes. The index on the warehouse alone served nothing a scan in key order does not (a warehouse holds
-- a twentieth of the rows) and cost every new stock row an index entry.
ALTER TABLE warehouse.stock SET (fillfactor = 80);
DROP INDEX warehouse.stock_warehouse;

-- Stock, movements and reservations are written millions of times; a foreign-key check per row to the 20 rows of
-- warehouse.warehouse cost a third of a bulk load. Every writer takes the warehouse id from that table, and a warehouse
-- is never deleted or renumbered (it is deactivated): the guard below makes that a rule of the database.
ALTER TABLE warehouse.stock DROP CONSTRAINT stock_warehouse_id_fkey;
ALTER TABLE warehouse.movement DROP CONSTRAINT movement_warehouse_id_fkey;
ALTER TABLE warehouse.reservation DROP CONSTRAINT reservation_warehouse_id_fkey;
CREATE FUNCTION warehouse.keep_warehouses() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'warehouse % is referenced by stock and its ledger: deactivate it instead', OLD.code
        USING ERRCODE = 'foreign_key_violation';
END $$;
CREATE TRIGGER warehouse_kept BEFORE DELETE OR UPDATE OF id ON warehouse.warehouse
    FOR EACH ROW EXECUTE FUNCTION warehouse.keep_warehouses();

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
    loading_at   timestamptz,
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
