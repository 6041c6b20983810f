-- Commission on merchants' sales: a line per delivered order line of a merchant's goods, at the rule and terms in force on
-- the order date (both kept on the line); a return makes a negative line. A settlement run per merchant takes every line
-- not yet settled up to the end of the cycle, each line once (also when two runs overlap).
CREATE SEQUENCE merchants.settlement_number;

CREATE TABLE merchants.settlement (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number        text NOT NULL UNIQUE,
    merchant_id   bigint NOT NULL REFERENCES merchants.merchant,
    until         date NOT NULL,
    lines         integer NOT NULL DEFAULT 0,
    sales         numeric(14, 2) NOT NULL DEFAULT 0,
    commission    numeric(14, 2) NOT NULL DEFAULT 0,
    payable       numeric(14, 2) NOT NULL DEFAULT 0,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX settlement_merchant ON merchants.settlement (merchant_id, id);

CREATE TABLE merchants.commission_line (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    merchant_id    bigint NOT NULL REFERENCES merchants.merchant,
    order_number   text NOT NULL,
    line_no        integer NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('SALE', 'RETURN')),
    sku            text NOT NULL,
    category       text,
    order_date     date NOT NULL,
    amount         numeric(14, 2) NOT NULL,
    rate_percent   numeric(5, 2) NOT NULL CHECK (rate_percent BETWEEN 0 AND 100),
    rule_id        bigint REFERENCES merchants.commission_rule,
    terms_version  integer,
    commission     numeric(14, 2) NOT NULL,
    booked_on      date NOT NULL,
    settlement_id  bigint REFERENCES merchants.settlement,
    created_at     timestamptz NOT NULL DEFAULT now(),
    -- Each order line earns commission once and is returned once.
    UNIQUE (order_number, line_no, kind)
);
CREATE INDEX commission_line_unsettled ON merchants.commission_line (merchant_id, booked_on) WHERE settlement_id IS NULL;
CREATE INDEX commission_line_settlement ON merchants.commission_line (settlement_id);
