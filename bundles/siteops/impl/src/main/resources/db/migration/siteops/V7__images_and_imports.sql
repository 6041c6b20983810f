-- Product images, stored by the platform in PostgreSQL (checked as JPEG, PNG or GIF with their size in pixels; the same
-- bytes are stored once), the product's images in order (the first is the main image), and a revision's proposed images.
-- Product CSV imports: the staged rows of each file and the job that checks them and applies all of them or none.

CREATE TABLE siteops.image (
    id           bigserial PRIMARY KEY,
    sha256       text NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/gif')),
    width        int NOT NULL CHECK (width > 0),
    height       int NOT NULL CHECK (height > 0),
    bytes        int NOT NULL CHECK (bytes > 0),
    data         bytea NOT NULL,
    uploaded_by  text NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now()
);
-- Already compressed: stored out of line without a second compression.
ALTER TABLE siteops.image ALTER COLUMN data SET STORAGE EXTERNAL;

CREATE TABLE siteops.product_image (
    product_id bigint NOT NULL REFERENCES siteops.product (id),
    position   int NOT NULL CHECK (position BETWEEN 1 AND 10),
    image_id   bigint NOT NULL REFERENCES siteops.image (id),
    PRIMARY KEY (product_id, position),
    UNIQUE (product_id, image_id)
);
CREATE INDEX product_image_image ON siteops.product_image (image_id);

-- A revision's images in order; null when the revision leaves them as they are.
ALTER TABLE siteops.upload ADD COLUMN images bigint[] CHECK (images IS NULL OR cardinality(images) <= 10);

CREATE TABLE siteops.product_import (
    id          bigserial PRIMARY KEY,
    status      text NOT NULL CHECK (status IN ('QUEUED', 'SUCCEEDED', 'FAILED')),
    rows        int NOT NULL DEFAULT 0,
    created     int,
    updated     int,
    skus_added  int,
    error_count int NOT NULL DEFAULT 0,
    errors      jsonb NOT NULL DEFAULT '[]',
    detail      text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    finished_at timestamptz
);
CREATE INDEX product_import_open ON siteops.product_import (id) WHERE status = 'QUEUED';

-- One row of an uploaded file as it was read; product_id is filled in when the import applies it.
CREATE TABLE siteops.product_import_row (
    import_id    bigint NOT NULL REFERENCES siteops.product_import (id),
    line         int NOT NULL,
    product_key  text NOT NULL,
    category     text NOT NULL,
    merchant     text,
    title        text NOT NULL,
    description  text,
    sku          text,
    attributes   jsonb NOT NULL DEFAULT '{}',
    merchant_sku text,
    barcode      text,
    product_id   bigint,
    PRIMARY KEY (import_id, line)
);
