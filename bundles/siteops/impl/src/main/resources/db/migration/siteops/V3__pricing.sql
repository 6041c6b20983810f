-- Pricing (定价): per SKU the purchase cost (procurement's latest when it has one, else entered here), the
-- traditional-channel price, competitors' prices with source and date, and the price, changed only through a price
-- change that records how the price was reached; a change below the category's margin floor waits for a supervisor.

CREATE TABLE siteops.sku_pricing (
    sku               text PRIMARY KEY REFERENCES siteops.sku (sku),
    entered_cost      numeric(14, 4) CHECK (entered_cost >= 0),
    traditional_price numeric(14, 2) CHECK (traditional_price > 0),
    price             numeric(14, 2) CHECK (price > 0),
    price_change_id   bigint,
    -- The last evaluation (on every change and view): the cost used and its source, the floor, and whether a competitor
    -- sells below the floor; kept so the list can filter uncompetitive SKUs.
    cost              numeric(14, 4),
    cost_source       text,
    floor_price       numeric(14, 2),
    uncompetitive     boolean NOT NULL DEFAULT false,
    updated_by        text NOT NULL,
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sku_pricing_uncompetitive ON siteops.sku_pricing (sku) WHERE uncompetitive;

CREATE TABLE siteops.competitor_price (
    id          bigserial PRIMARY KEY,
    sku         text NOT NULL REFERENCES siteops.sku (sku),
    competitor  text NOT NULL,
    price       numeric(14, 2) NOT NULL CHECK (price > 0),
    observed_on date NOT NULL,
    source      text,
    recorded_by text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sku, competitor, observed_on)
);
CREATE INDEX competitor_price_latest ON siteops.competitor_price (sku, competitor, observed_on DESC);

CREATE SEQUENCE siteops.price_change_number;

-- Every price a SKU had or was asked to have: the history, with who, why and how it was reached.
CREATE TABLE siteops.price_change (
    id           bigserial PRIMARY KEY,
    number       text NOT NULL UNIQUE DEFAULT 'PC-' || lpad(nextval('siteops.price_change_number')::text, 8, '0'),
    sku          text NOT NULL REFERENCES siteops.sku (sku),
    price        numeric(14, 2) NOT NULL CHECK (price > 0),
    previous     numeric(14, 2),
    cost         numeric(14, 4) NOT NULL,
    cost_source  text NOT NULL,
    floor_price  numeric(14, 2) NOT NULL,
    method       text NOT NULL CHECK (method IN ('COST_PLUS', 'COMPETITOR', 'FIXED')),
    explanation  jsonb NOT NULL,
    reason       text NOT NULL,
    status       text NOT NULL CHECK (status IN ('APPLIED', 'PENDING', 'REJECTED')),
    approval_id  bigint,
    requested_by text NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    decided_at   timestamptz,
    CHECK (status <> 'APPLIED' OR price >= floor_price OR approval_id IS NOT NULL)
);
CREATE INDEX price_change_sku ON siteops.price_change (sku, id DESC);
-- One loss-leader request at a time per SKU.
CREATE UNIQUE INDEX price_change_pending ON siteops.price_change (sku) WHERE status = 'PENDING';
