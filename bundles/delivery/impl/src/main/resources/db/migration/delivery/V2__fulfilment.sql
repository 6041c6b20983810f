-- Fulfilment (拣货、打包、发货) and the couriers delivering for the shop: pick lists batching orders per warehouse, one
-- shipment per order and warehouse, packed, labelled with a courier's tracking number (never one used before), and the
-- delivery events couriers report for it.
CREATE TABLE delivery.courier (
    code              text PRIMARY KEY,
    name              text NOT NULL,
    cod_supported     boolean NOT NULL DEFAULT false,
    -- The shape of the courier's tracking numbers (a regular expression); a number that does not fit is refused.
    tracking_pattern  text,
    active            boolean NOT NULL DEFAULT true,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Where a courier delivers, and in how many days it promises to.
CREATE TABLE delivery.courier_area (
    courier_code   text NOT NULL REFERENCES delivery.courier,
    province       text NOT NULL,
    promised_days  integer NOT NULL CHECK (promised_days BETWEEN 1 AND 30),
    PRIMARY KEY (courier_code, province)
);

CREATE SEQUENCE delivery.pick_list_number;

CREATE TABLE delivery.pick_list (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number          text NOT NULL UNIQUE,
    warehouse_code  text NOT NULL,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX pick_list_warehouse ON delivery.pick_list (warehouse_code, id);

CREATE TABLE delivery.shipment (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number           text NOT NULL UNIQUE,
    order_id         bigint NOT NULL REFERENCES delivery.sales_order,
    warehouse_code   text NOT NULL,
    pick_list_id     bigint NOT NULL REFERENCES delivery.pick_list,
    status           text NOT NULL CHECK (status IN ('PICKING', 'PACKED', 'SHIPPED', 'IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED')),
    box_size         text,
    weight_kg        numeric(8, 3) CHECK (weight_kg > 0),
    courier_code     text REFERENCES delivery.courier,
    tracking_number  text,
    promised_by      date,
    -- Whether the reservations of this shipment have left the warehouse's stock (committed through the outbox).
    stock_issued     boolean NOT NULL DEFAULT false,
    shipped_at       timestamptz,
    delivered_at     timestamptz,
    updated_at       timestamptz NOT NULL DEFAULT now(),
    -- One shipment per order and warehouse; a tracking number labels one package of one courier, once.
    UNIQUE (order_id, warehouse_code),
    UNIQUE (courier_code, tracking_number)
);
CREATE INDEX shipment_pick_list ON delivery.shipment (pick_list_id);
CREATE INDEX shipment_status ON delivery.shipment (status, id);
CREATE INDEX shipment_courier_shipped ON delivery.shipment (courier_code, shipped_at);

-- What the courier (or a station) reports for a shipment; the first report of a kind counts, repeats are kept as sent.
CREATE TABLE delivery.shipment_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id  bigint NOT NULL REFERENCES delivery.shipment,
    kind         text NOT NULL CHECK (kind IN ('PICKED_UP', 'IN_TRANSIT', 'DELIVERED', 'FAILED', 'RETURNED')),
    reason       text,
    happened_at  timestamptz NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX shipment_event_shipment ON delivery.shipment_event (shipment_id, id);

-- Orders waiting to be picked in a warehouse: allocated, stock reserved there, no shipment yet.
CREATE INDEX allocation_waiting_pick ON delivery.allocation (warehouse_code, order_id) WHERE status = 'RESERVED';
