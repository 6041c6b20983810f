-- Promotions (促销): by product, category or the whole shop, optionally only for member tiers and named for a holiday;
-- percentage off, a fixed price, spend-threshold reductions (满减, e.g. 30 off every 200) or N pieces at a percentage off
-- (N件X折); scheduled; overlaps resolved by stack group and priority (one per group, groups stack); a discount above the
-- shop's limit waits for approval.

CREATE SEQUENCE siteops.promotion_number;

CREATE TABLE siteops.promotion (
    id             bigserial PRIMARY KEY,
    number         text NOT NULL UNIQUE DEFAULT 'PR-' || lpad(nextval('siteops.promotion_number')::text, 6, '0'),
    name           text NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('PERCENT_OFF', 'FIXED_PRICE', 'SPEND_REDUCTION', 'BUY_N')),
    -- PERCENT_OFF, BUY_N: percent off; FIXED_PRICE: the price; SPEND_REDUCTION: the reduction per threshold.
    value          numeric(14, 2) NOT NULL CHECK (value > 0),
    threshold      numeric(14, 2) CHECK (threshold > 0),
    min_quantity   int CHECK (min_quantity >= 2),
    scope          text NOT NULL CHECK (scope IN ('PRODUCT', 'CATEGORY', 'ALL')),
    product_ids    bigint[] NOT NULL DEFAULT '{}',
    category_id    bigint REFERENCES siteops.category (id),
    member_tiers   text[] NOT NULL DEFAULT '{}',
    occasion       text,
    starts_at      timestamptz NOT NULL,
    ends_at        timestamptz NOT NULL,
    stack_group    text NOT NULL DEFAULT 'default',
    priority       int NOT NULL DEFAULT 0,
    status         text NOT NULL CHECK (status IN ('PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'CANCELLED')),
    approval_id    bigint,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (kind NOT IN ('PERCENT_OFF', 'BUY_N') OR value < 100),
    CHECK (kind <> 'SPEND_REDUCTION' OR (threshold IS NOT NULL AND value < threshold)),
    CHECK (kind <> 'BUY_N' OR min_quantity IS NOT NULL),
    CHECK (scope <> 'CATEGORY' OR category_id IS NOT NULL),
    CHECK (scope <> 'PRODUCT' OR cardinality(product_ids) > 0)
);
CREATE INDEX promotion_time ON siteops.promotion (starts_at, ends_at) WHERE status = 'APPROVED';
CREATE INDEX promotion_products ON siteops.promotion USING gin (product_ids);
