-- Gift wrapping keeps its own data only: options offered and requests per sales order (the order number is the
-- delivery department's; it is checked through its API when that is installed, never read from its tables).
CREATE TABLE giftwrap.wrap_option (
    code        text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
    name_en     text NOT NULL,
    name_zh     text NOT NULL,
    price       numeric(12, 2) NOT NULL CHECK (price >= 0),
    active      boolean NOT NULL DEFAULT true,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE giftwrap.wrap_request (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_number   text NOT NULL,
    option_code    text NOT NULL REFERENCES giftwrap.wrap_option (code),
    card_message   text CHECK (length(card_message) <= 200),
    price          numeric(12, 2) NOT NULL,
    status         text NOT NULL DEFAULT 'REQUESTED' CHECK (status IN ('REQUESTED', 'WRAPPED', 'CANCELLED')),
    order_checked  boolean NOT NULL,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    wrapped_by     text,
    wrapped_at     timestamptz
);
CREATE INDEX wrap_request_order ON giftwrap.wrap_request (order_number, id);
CREATE INDEX wrap_request_open ON giftwrap.wrap_request (id) WHERE status = 'REQUESTED';
