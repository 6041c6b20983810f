-- Warehouse network, stock per SKU and warehouse, and the movement ledger the stock figures are made of.
CREATE TABLE warehouse.warehouse (
    id          bigserial   PRIMARY KEY,
    code        text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    region      text        NOT NULL,
    address     text        NOT NULL DEFAULT '',
    active      boolean     NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The checks are the last line of defence: no code path can make stock negative or over-reserved.
CREATE TABLE warehouse.stock (
    sku          text    NOT NULL,
    warehouse_id bigint  NOT NULL REFERENCES warehouse.warehouse (id),
    on_hand      integer NOT NULL DEFAULT 0 CONSTRAINT on_hand_not_negative CHECK (on_hand >= 0),
    reserved     integer NOT NULL DEFAULT 0 CONSTRAINT reserved_not_negative CHECK (reserved >= 0),
    in_transit   integer NOT NULL DEFAULT 0 CONSTRAINT in_transit_not_negative CHECK (in_transit >= 0),
    CONSTRAINT reserved_within_on_hand CHECK (reserved <= on_hand),
    PRIMARY KEY (sku, warehouse_id)
);
CREATE INDEX stock_warehouse ON warehouse.stock (warehouse_id);

CREATE TABLE warehouse.movement (
    id               bigserial   PRIMARY KEY,
    at               timestamptz NOT NULL DEFAULT now(),
    actor            text        NOT NULL,
    sku              text        NOT NULL,
    warehouse_id     bigint      NOT NULL REFERENCES warehouse.warehouse (id),
    kind             text        NOT NULL CHECK (kind IN ('OPENING', 'RECEIPT', 'ISSUE', 'ADJUSTMENT', 'RESERVE', 'RELEASE',
                                                          'COMMIT', 'TRANSFER_OUT', 'TRANSFER_IN_TRANSIT', 'TRANSFER_IN',
                                                          'TRANSFER_SHORTAGE')),
    on_hand_delta    integer     NOT NULL DEFAULT 0,
    reserved_delta   integer     NOT NULL DEFAULT 0,
    in_transit_delta integer     NOT NULL DEFAULT 0,
    reason           text,
    reference        text
);
CREATE INDEX movement_stock ON warehouse.movement (sku, warehouse_id, id);
CREATE INDEX movement_sales ON warehouse.movement (at) WHERE kind IN ('ISSUE', 'COMMIT');

CREATE TABLE warehouse.reservation (
    key          text        PRIMARY KEY,
    sku          text        NOT NULL,
    warehouse_id bigint      NOT NULL REFERENCES warehouse.warehouse (id),
    quantity     integer     NOT NULL CHECK (quantity > 0),
    status       text        NOT NULL CHECK (status IN ('RESERVED', 'RELEASED', 'COMMITTED')),
    order_ref    text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE warehouse.transfer (
    id                bigserial   PRIMARY KEY,
    from_warehouse_id bigint      NOT NULL REFERENCES warehouse.warehouse (id),
    to_warehouse_id   bigint      NOT NULL REFERENCES warehouse.warehouse (id),
    status            text        NOT NULL CHECK (status IN ('REQUESTED', 'SHIPPED', 'RECEIVED', 'CANCELLED')),
    note              text,
    requested_by      text        NOT NULL,
    requested_at      timestamptz NOT NULL DEFAULT now(),
    shipped_at        timestamptz,
    received_at       timestamptz,
    cancelled_at      timestamptz,
    CHECK (from_warehouse_id <> to_warehouse_id)
);
CREATE INDEX transfer_status ON warehouse.transfer (status, id DESC);

CREATE TABLE warehouse.transfer_line (
    transfer_id bigint  NOT NULL REFERENCES warehouse.transfer (id),
    sku         text    NOT NULL,
    quantity    integer NOT NULL CHECK (quantity > 0),
    shipped     integer CHECK (shipped >= 0),
    received    integer CHECK (received >= 0 AND received <= shipped),
    PRIMARY KEY (transfer_id, sku)
);
