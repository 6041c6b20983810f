-- Procurement (domain §2): suppliers, the purchase list, purchase orders and their receipts. Every document records the
-- org department that owns it (handed on when the organisation is split or merged).
CREATE TABLE procurement.supplier (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code            text NOT NULL UNIQUE,
    name            text NOT NULL,
    contact_name    text,
    contact_phone   text,
    contact_email   text,
    categories      text[] NOT NULL DEFAULT '{}',
    payment_terms   text NOT NULL,
    status          text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ON_HOLD', 'BLOCKED')),
    status_reason   text,
    org_department  text,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (status = 'ACTIVE' OR status_reason IS NOT NULL)
);

CREATE TABLE procurement.purchase_list_item (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku               text NOT NULL,
    target_quantity   integer NOT NULL CHECK (target_quantity > 0),
    target_price      numeric(14, 4) CHECK (target_price >= 0),
    needed_by         date,
    origin_department text NOT NULL,
    origin_reference  text,
    status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ORDERED', 'DROPPED')),
    note              text,
    org_department    text,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (origin_department, origin_reference)
);
CREATE INDEX purchase_list_item_status ON procurement.purchase_list_item (status, id);

CREATE SEQUENCE procurement.purchase_order_number;

CREATE TABLE procurement.purchase_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number             text NOT NULL UNIQUE,
    supplier_id        bigint NOT NULL REFERENCES procurement.supplier,
    status             text NOT NULL CHECK (status IN ('DRAFT', 'AWAITING_APPROVAL', 'APPROVED', 'SENT',
                                                       'PARTIALLY_RECEIVED', 'RECEIVED', 'CANCELLED')),
    currency           text NOT NULL DEFAULT 'CNY' CHECK (currency ~ '^[A-Z]{3}$'),
    warehouse_code     text NOT NULL,
    expected_on        date NOT NULL,
    total              numeric(16, 2) NOT NULL CHECK (total >= 0),
    -- Every change of lines, prices or supplier is a new revision; an approval holds for the revision it approved.
    revision           integer NOT NULL DEFAULT 1,
    approval_id        bigint,
    approved_revision  integer,
    copied_from        text,
    note               text,
    cancel_reason      text,
    org_department     text,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL),
    CHECK (status NOT IN ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED', 'RECEIVED') OR approved_revision = revision)
);
CREATE INDEX purchase_order_status ON procurement.purchase_order (status, id);
CREATE INDEX purchase_order_supplier ON procurement.purchase_order (supplier_id, id);
CREATE INDEX purchase_order_open_by_date ON procurement.purchase_order (expected_on)
    WHERE status IN ('APPROVED', 'SENT', 'PARTIALLY_RECEIVED');

CREATE TABLE procurement.purchase_order_line (
    purchase_order_id  bigint NOT NULL REFERENCES procurement.purchase_order,
    line_no            integer NOT NULL CHECK (line_no > 0),
    sku                text NOT NULL,
    quantity           integer NOT NULL CHECK (quantity > 0),
    unit_price         numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
    tolerance_percent  numeric(5, 2) NOT NULL DEFAULT 0 CHECK (tolerance_percent BETWEEN 0 AND 100),
    -- Cumulative over receipts: accepted into stock, and rejected.
    accepted           integer NOT NULL DEFAULT 0 CHECK (accepted >= 0),
    rejected           integer NOT NULL DEFAULT 0 CHECK (rejected >= 0),
    PRIMARY KEY (purchase_order_id, line_no),
    CHECK (accepted * 100 <= quantity * (100 + tolerance_percent))
);
CREATE INDEX purchase_order_line_sku ON procurement.purchase_order_line (sku);

CREATE TABLE procurement.receipt (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id  bigint NOT NULL REFERENCES procurement.purchase_order,
    warehouse_code     text NOT NULL,
    note               text,
    -- The stock posting goes to the warehouse department through the outbox; set when it was applied there.
    stock_event_id     bigint,
    stock_posted_at    timestamptz,
    org_department     text,
    received_by        text NOT NULL,
    received_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX receipt_order ON procurement.receipt (purchase_order_id, id);

CREATE TABLE procurement.receipt_line (
    receipt_id     bigint NOT NULL REFERENCES procurement.receipt,
    line_no        integer NOT NULL,
    sku            text NOT NULL,
    received       integer NOT NULL CHECK (received > 0),
    rejected       integer NOT NULL DEFAULT 0 CHECK (rejected >= 0 AND rejected <= received),
    reject_reason  text,
    PRIMARY KEY (receipt_id, line_no),
    CHECK (rejected = 0 OR reject_reason IS NOT NULL)
);
