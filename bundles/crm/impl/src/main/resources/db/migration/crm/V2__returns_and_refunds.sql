-- Returns and exchanges (退货/换货, domain §4.7) and the refunds handed to finance. A line of an order is returned at most
-- once; what is refunded of an order never exceeds what was paid for it, enforced here and not only in code.

CREATE SEQUENCE crm.return_number;

CREATE TABLE crm.return_case (
    id                 bigserial PRIMARY KEY,
    number             text NOT NULL UNIQUE DEFAULT 'RT-' || lpad(nextval('crm.return_number')::text, 8, '0'),
    kind               text NOT NULL CHECK (kind IN ('RETURN', 'EXCHANGE')),
    order_number       text NOT NULL,
    member_id          bigint REFERENCES crm.member (id),
    customer_name      text NOT NULL,
    phone              text,
    reason_code        text NOT NULL CHECK (reason_code IN ('QUALITY', 'DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'SIZE',
                                                            'CHANGED_MIND', 'OTHER')),
    reason             text NOT NULL,
    status             text NOT NULL CHECK (status IN ('OPEN', 'RECEIVED', 'REFUSED', 'SENT_BACK', 'DISPUTED', 'REPLACEMENT',
                                                       'REFUND', 'CLOSED')),
    goods_amount       numeric(14, 2) NOT NULL CHECK (goods_amount >= 0),
    postage_share      numeric(14, 2) NOT NULL CHECK (postage_share >= 0),
    warehouse_code     text,
    received_by        text,
    received_at        timestamptz,
    quality_problem    boolean,
    fault              text CHECK (fault IN ('CUSTOMER', 'COMPANY', 'NONE')),
    resaleable         boolean,
    check_note         text,
    checked_by         text,
    checked_at         timestamptz,
    outcome            text CHECK (outcome IN ('REFUSED', 'REPLACE', 'REFUND_FULL', 'EXCHANGE', 'REFUND_GOODS')),
    send_back_due      timestamptz,
    sent_back_at       timestamptz,
    send_back_tracking text,
    dispute_note       text,
    disputed_at        timestamptz,
    replacement_order  text,
    stock_posted       boolean NOT NULL DEFAULT false,
    created_by         text NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    CHECK (outcome IS NULL OR checked_at IS NOT NULL),
    CHECK (outcome <> 'REFUSED' OR send_back_due IS NOT NULL)
);
CREATE INDEX return_case_order ON crm.return_case (order_number);
CREATE INDEX return_case_status ON crm.return_case (status, id);
CREATE INDEX return_case_send_back ON crm.return_case (send_back_due) WHERE status = 'REFUSED';

CREATE TABLE crm.return_line (
    case_id      bigint NOT NULL REFERENCES crm.return_case (id),
    order_number text NOT NULL,
    line_no      int NOT NULL,
    sku          text NOT NULL,
    quantity     int NOT NULL CHECK (quantity > 0),
    amount       numeric(14, 2) NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (case_id, line_no),
    -- A line cannot be returned twice.
    UNIQUE (order_number, line_no)
);

-- What a customer paid for an order and what of it has been refunded (or is requested): never more than was paid.
CREATE TABLE crm.order_payment (
    order_number text PRIMARY KEY,
    paid         numeric(14, 2) NOT NULL CHECK (paid >= 0),
    refunded     numeric(14, 2) NOT NULL DEFAULT 0,
    CHECK (refunded >= 0 AND refunded <= paid)
);

CREATE SEQUENCE crm.refund_number;

CREATE TABLE crm.refund (
    id                bigserial PRIMARY KEY,
    number            text NOT NULL UNIQUE DEFAULT 'RF-' || lpad(nextval('crm.refund_number')::text, 8, '0'),
    -- One refund per return: a double click or a retry cannot make a second.
    case_id           bigint NOT NULL UNIQUE REFERENCES crm.return_case (id),
    order_number      text NOT NULL REFERENCES crm.order_payment (order_number),
    goods_amount      numeric(14, 2) NOT NULL CHECK (goods_amount >= 0),
    postage           numeric(14, 2) NOT NULL CHECK (postage >= 0),
    amount            numeric(14, 2) NOT NULL CHECK (amount > 0 AND amount = goods_amount + postage),
    -- What was paid for the returned lines (and their share of the postage): the refund never exceeds it.
    paid_for_lines    numeric(14, 2) NOT NULL,
    status            text NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REJECTED', 'PAID')),
    approval_id       bigint,
    decided_at        timestamptz,
    paid_by           text,
    paid_at           timestamptz,
    payment_reference text,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    CHECK (amount <= paid_for_lines),
    CHECK (status <> 'PAID' OR payment_reference IS NOT NULL)
);
CREATE INDEX refund_status ON crm.refund (status, id);
