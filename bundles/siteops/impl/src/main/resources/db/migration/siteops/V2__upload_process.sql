-- The product upload process (宝贝上传): operations submits the product file and stock data → a supervisor confirms →
-- sales checks stock and merchant SKU codes and edits the base data → sales uploads → promotion optimises the title and
-- schedules listing and delisting (上下架). Editing a listed product goes through the same chain as a revision; the
-- listed version stays live until the revision is listed.

ALTER TABLE siteops.product
    ADD COLUMN listing_title text,
    ADD COLUMN listed_at     timestamptz,
    ADD COLUMN delist_at     timestamptz,
    ADD COLUMN revision      int NOT NULL DEFAULT 0;
CREATE INDEX product_delist_due ON siteops.product (delist_at) WHERE status = 'LISTED' AND delist_at IS NOT NULL;

CREATE SEQUENCE siteops.upload_number;

CREATE TABLE siteops.upload (
    id            bigserial PRIMARY KEY,
    number        text NOT NULL UNIQUE DEFAULT 'UP-' || lpad(nextval('siteops.upload_number')::text, 8, '0'),
    product_id    bigint NOT NULL REFERENCES siteops.product (id),
    kind          text NOT NULL CHECK (kind IN ('LISTING', 'REVISION')),
    step          text NOT NULL CHECK (step IN ('CONFIRM', 'CHECK', 'UPLOAD', 'SCHEDULE', 'SCHEDULED', 'LISTED', 'SENT_BACK')),
    -- The base data this upload will list; a revision's proposal, which sales may still edit at the check.
    category_id   bigint NOT NULL REFERENCES siteops.category (id),
    title         text NOT NULL,
    description   text,
    listing_title text,
    list_at       timestamptz,
    delist_at     timestamptz CHECK (delist_at IS NULL OR list_at IS NULL OR delist_at > list_at),
    -- Sales' check: available units per SKU as the warehouse reported them (null while the warehouse was not installed).
    stock_check   jsonb,
    submitted_by  text NOT NULL,
    submitted_at  timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);
-- One upload in progress per product: a second submission is refused rather than racing the first.
CREATE UNIQUE INDEX upload_open_per_product ON siteops.upload (product_id) WHERE step NOT IN ('LISTED', 'SENT_BACK');
CREATE INDEX upload_state ON siteops.upload (step, id);
CREATE INDEX upload_product ON siteops.upload (product_id, id);
CREATE INDEX upload_due ON siteops.upload (list_at) WHERE step = 'SCHEDULED';

-- Every step taken, by whom, when, with the comment: the upload's history.
CREATE TABLE siteops.upload_step (
    id        bigserial PRIMARY KEY,
    upload_id bigint NOT NULL REFERENCES siteops.upload (id),
    step      text NOT NULL,
    action    text NOT NULL CHECK (action IN ('SUBMITTED', 'CONFIRMED', 'CHECKED', 'UPLOADED', 'SCHEDULED', 'LISTED', 'SENT_BACK')),
    actor     text NOT NULL,
    comment   text,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX upload_step_upload ON siteops.upload_step (upload_id, id);
