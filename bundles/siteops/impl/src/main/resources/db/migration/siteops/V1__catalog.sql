-- The catalog of site operations (网站运营部): a category tree, products (the shop's own goods or a merchant's) and their
-- SKUs (variants with attributes, the merchant's SKU code, a barcode).

CREATE TABLE siteops.category (
    id                   bigserial PRIMARY KEY,
    code                 text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
    parent_id            bigint REFERENCES siteops.category (id),
    name_zh              text NOT NULL,
    name_en              text NOT NULL,
    -- The lowest gross margin on cost a price of this category may have without a supervisor's approval.
    margin_floor_percent numeric(5, 2) NOT NULL DEFAULT 10 CHECK (margin_floor_percent >= 0 AND margin_floor_percent < 1000),
    created_by           text NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX category_parent ON siteops.category (parent_id);

CREATE SEQUENCE siteops.product_number;

CREATE TABLE siteops.product (
    id            bigserial PRIMARY KEY,
    code          text NOT NULL UNIQUE DEFAULT 'P-' || lpad(nextval('siteops.product_number')::text, 8, '0'),
    category_id   bigint NOT NULL REFERENCES siteops.category (id),
    merchant_code text,
    title         text NOT NULL,
    description   text,
    status        text NOT NULL CHECK (status IN ('DRAFT', 'IN_UPLOAD', 'LISTED', 'DELISTED')),
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX product_category ON siteops.product (category_id, id);
CREATE INDEX product_status ON siteops.product (status, id);
DO $$
DECLARE
    trgm_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX product_title_trgm ON siteops.product USING gin (title %I.gin_trgm_ops)', trgm_schema);
END $$;

CREATE TABLE siteops.sku (
    sku          text PRIMARY KEY CHECK (sku ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$'),
    product_id   bigint NOT NULL REFERENCES siteops.product (id),
    attributes   jsonb NOT NULL DEFAULT '{}',
    merchant_sku text,
    barcode      text UNIQUE CHECK (barcode ~ '^[0-9]{8,14}$'),
    position     int NOT NULL,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE (product_id, position)
);
CREATE INDEX sku_product ON siteops.sku (product_id, position);
