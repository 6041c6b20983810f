-- Sales orders and their review (订单处理, domain §2 delivery): intake from every channel, a risk score from versioned
-- rules, the review queue, the blacklist, and the stock allocated to each order through the warehouse's reservations.
CREATE SEQUENCE delivery.order_number;

-- Risk rules: weights, thresholds and windows as one JSON document per version. A new version never rewrites an old
-- one; every order keeps the version that scored it.
CREATE TABLE delivery.risk_rules (
    version     integer PRIMARY KEY CHECK (version > 0),
    settings    jsonb NOT NULL,
    note        text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO delivery.risk_rules (version, settings, note, created_by) VALUES (1, '{}', 'defaults', 'system');

CREATE TABLE delivery.sales_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number             text NOT NULL UNIQUE,
    channel            text NOT NULL,
    channel_order      text NOT NULL,
    status             text NOT NULL CHECK (status IN ('RECEIVED', 'UNDER_REVIEW', 'CONFIRMED', 'ALLOCATED', 'PICKING', 'PACKED',
                           'SHIPPED', 'DELIVERED', 'ON_HOLD', 'CANCELLED', 'DELIVERY_FAILED', 'RETURNED')),
    status_reason      text,
    -- Whether the order's stock is still to be found (WAITING), held (RESERVED), given back or gone out.
    stock_state        text NOT NULL CHECK (stock_state IN ('NONE', 'WAITING', 'RESERVED', 'RELEASED', 'ISSUED')),
    customer_name      text NOT NULL,
    phone              text NOT NULL,
    province           text NOT NULL,
    city               text,
    district           text,
    street             text,
    postcode           text,
    -- The address reduced to compare orders to the same place (velocity, blacklist): no spaces or punctuation.
    address_key        text NOT NULL,
    payment_method     text NOT NULL CHECK (payment_method IN ('PREPAID', 'COD')),
    payment_reference  text,
    buyer_note         text,
    goods_total        numeric(14, 2) NOT NULL CHECK (goods_total >= 0),
    discount_total     numeric(14, 2) NOT NULL CHECK (discount_total >= 0),
    shipping_fee       numeric(14, 2) NOT NULL CHECK (shipping_fee >= 0),
    total              numeric(14, 2) NOT NULL CHECK (total >= 0),
    risk_score         integer NOT NULL,
    risk_decision      text NOT NULL CHECK (risk_decision IN ('ACCEPT', 'HOLD', 'REJECT')),
    risk_version       integer NOT NULL REFERENCES delivery.risk_rules,
    risk_findings      jsonb NOT NULL,
    org_department     text,
    placed_at          timestamptz NOT NULL DEFAULT now(),
    created_by         text NOT NULL,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    -- A channel's order is taken in once, also when identical intakes arrive at the same moment.
    UNIQUE (channel, channel_order)
);
CREATE INDEX sales_order_status ON delivery.sales_order (status, id);
CREATE INDEX sales_order_phone ON delivery.sales_order (phone, placed_at);
CREATE INDEX sales_order_address ON delivery.sales_order (address_key, placed_at);
CREATE INDEX sales_order_placed ON delivery.sales_order (placed_at, id);
CREATE INDEX sales_order_review ON delivery.sales_order (risk_score DESC, id) WHERE status = 'UNDER_REVIEW';
CREATE INDEX sales_order_waiting ON delivery.sales_order (id) WHERE stock_state = 'WAITING';

CREATE TABLE delivery.order_line (
    order_id    bigint NOT NULL REFERENCES delivery.sales_order,
    line_no     integer NOT NULL CHECK (line_no > 0),
    sku         text NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(14, 2) NOT NULL CHECK (unit_price >= 0),
    discount    numeric(14, 2) NOT NULL CHECK (discount >= 0),
    amount      numeric(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_line_sku ON delivery.order_line (sku, order_id);

-- The order's timeline: every status change and every edit, with who, when, why and what changed.
CREATE TABLE delivery.order_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id     bigint NOT NULL REFERENCES delivery.sales_order,
    kind         text NOT NULL,
    from_status  text,
    to_status    text,
    reason       text,
    details      jsonb,
    actor        text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX order_event_order ON delivery.order_event (order_id, id);

-- Stock held for an order: one warehouse reservation per line and warehouse (a split line has several).
CREATE TABLE delivery.allocation (
    reservation_key  text PRIMARY KEY,
    order_id         bigint NOT NULL REFERENCES delivery.sales_order,
    line_no          integer NOT NULL,
    sku              text NOT NULL,
    warehouse_code   text NOT NULL,
    quantity         integer NOT NULL CHECK (quantity > 0),
    status           text NOT NULL DEFAULT 'RESERVED' CHECK (status IN ('RESERVED', 'RELEASED', 'COMMITTED')),
    created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX allocation_order ON delivery.allocation (order_id);

-- Contacts that may not order: a phone number or an address key. Removing one keeps the row (who and why).
CREATE TABLE delivery.blacklist (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text NOT NULL CHECK (kind IN ('PHONE', 'ADDRESS')),
    value       text NOT NULL,
    reason      text NOT NULL,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    removed_by  text,
    removed_at  timestamptz
);
CREATE UNIQUE INDEX blacklist_active ON delivery.blacklist (kind, value) WHERE removed_at IS NULL;
