-- Sales analysis (销售分析): site operations' own read model of delivered order lines (from the delivery department's
-- outbox events), kept per SKU and day; product classes (畅销品 best-seller, 滞销品 slow-mover, 潜力产品 potential,
-- 不确定产品 uncertain) with their figures and reasons, a snapshot of class counts per run, and the suggested actions.

CREATE TABLE siteops.sales_line (
    order_number text NOT NULL,
    line_no      int NOT NULL,
    sku          text NOT NULL,
    quantity     int NOT NULL CHECK (quantity > 0),
    amount       numeric(14, 2) NOT NULL CHECK (amount >= 0),
    delivered_on date NOT NULL,
    returned     boolean NOT NULL DEFAULT false,
    PRIMARY KEY (order_number, line_no)
);
CREATE INDEX sales_line_sku ON siteops.sales_line (sku, delivered_on);

-- Units and revenue per SKU and day of delivery (returns taken off): what classification reads.
CREATE TABLE siteops.sales_day (
    sku     text NOT NULL,
    day     date NOT NULL,
    units   int NOT NULL,
    revenue numeric(16, 2) NOT NULL,
    PRIMARY KEY (sku, day)
);
CREATE INDEX sales_day_day ON siteops.sales_day (day);

CREATE TABLE siteops.classification_run (
    id         bigserial PRIMARY KEY,
    as_of      date NOT NULL,
    rules      jsonb NOT NULL,
    products   int NOT NULL,
    best       int NOT NULL,
    slow       int NOT NULL,
    potential  int NOT NULL,
    uncertain  int NOT NULL,
    millis     int NOT NULL,
    run_by     text NOT NULL,
    run_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX classification_run_as_of ON siteops.classification_run (as_of, id);

CREATE TABLE siteops.product_class (
    product_id     bigint PRIMARY KEY REFERENCES siteops.product (id),
    class          text NOT NULL CHECK (class IN ('BEST_SELLER', 'SLOW_MOVER', 'POTENTIAL', 'UNCERTAIN')),
    reason_en      text NOT NULL,
    reason_zh      text NOT NULL,
    recent_units   int NOT NULL,
    previous_units int NOT NULL,
    velocity       numeric(12, 3) NOT NULL,
    trend_percent  numeric(12, 1),
    stock          int,
    cover_days     numeric(12, 1),
    revenue        numeric(16, 2) NOT NULL,
    margin_percent numeric(12, 2),
    run_id         bigint NOT NULL REFERENCES siteops.classification_run (id)
);
CREATE INDEX product_class_class ON siteops.product_class (class, velocity DESC);

CREATE TABLE siteops.suggested_action (
    id          bigserial PRIMARY KEY,
    product_id  bigint NOT NULL REFERENCES siteops.product (id),
    kind        text NOT NULL CHECK (kind IN ('CLEARANCE_PROMOTION', 'PURCHASE_PROPOSAL', 'PUSH', 'INVESTIGATE')),
    status      text NOT NULL CHECK (status IN ('OPEN', 'PROPOSED', 'DONE', 'DISMISSED', 'OUTDATED')),
    detail      text NOT NULL,
    sku         text,
    quantity    int,
    reference   text,
    run_id      bigint NOT NULL REFERENCES siteops.classification_run (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
-- One open (or proposed) action of a kind per product (and SKU, for purchase proposals): re-running does not repeat it.
CREATE UNIQUE INDEX suggested_action_open ON siteops.suggested_action (product_id, kind, coalesce(sku, '')) WHERE status IN ('OPEN', 'PROPOSED');
CREATE INDEX suggested_action_status ON siteops.suggested_action (status, id);
