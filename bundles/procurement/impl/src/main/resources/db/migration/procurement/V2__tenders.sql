-- Calls for tenders (招标) with sealed bids: until the deadline passes or the tender is opened early by two people, no
-- read path shows a bid's prices, only how many bids arrived. One live bid per supplier and tender: every version is
-- kept, the last one counts. Supplier accounts see only their own invitations and bids.
CREATE SEQUENCE procurement.tender_number;

CREATE TABLE procurement.tender (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    number                   text NOT NULL UNIQUE,
    title                    text NOT NULL,
    status                   text NOT NULL DEFAULT 'OPEN'
                             CHECK (status IN ('OPEN', 'OPENED', 'AWARD_PENDING', 'AWARDED', 'CANCELLED')),
    deadline                 timestamptz NOT NULL,
    warehouse_code           text NOT NULL,
    early_open_requested_by  text,
    early_open_requested_at  timestamptz,
    opened_by                text,
    opened_at                timestamptz,
    award_justification      text,
    approval_id              bigint,
    awarded_at               timestamptz,
    cancel_reason            text,
    org_department           text,
    created_by               text NOT NULL,
    created_at               timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'OPEN' OR opened_at IS NULL)
);
CREATE INDEX tender_status ON procurement.tender (status, id);

CREATE TABLE procurement.tender_item (
    tender_id  bigint NOT NULL REFERENCES procurement.tender,
    item_no    integer NOT NULL CHECK (item_no > 0),
    sku        text NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    needed_by  date NOT NULL,
    PRIMARY KEY (tender_id, item_no)
);

CREATE TABLE procurement.tender_invitation (
    tender_id    bigint NOT NULL REFERENCES procurement.tender,
    supplier_id  bigint NOT NULL REFERENCES procurement.supplier,
    invited_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tender_id, supplier_id)
);
CREATE INDEX tender_invitation_supplier ON procurement.tender_invitation (supplier_id, tender_id);

CREATE TABLE procurement.bid (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tender_id     bigint NOT NULL REFERENCES procurement.tender,
    supplier_id   bigint NOT NULL REFERENCES procurement.supplier,
    version       integer NOT NULL CHECK (version > 0),
    live          boolean NOT NULL DEFAULT true,
    channel       text NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
    digest        text NOT NULL,
    -- Random, part of the digest: the digest shows nothing of the prices, however few the possible prices are.
    nonce         text NOT NULL,
    submitted_by  text NOT NULL,
    submitted_at  timestamptz NOT NULL,
    UNIQUE (tender_id, supplier_id, version),
    FOREIGN KEY (tender_id, supplier_id) REFERENCES procurement.tender_invitation
);
CREATE UNIQUE INDEX bid_live ON procurement.bid (tender_id, supplier_id) WHERE live;

CREATE TABLE procurement.bid_line (
    bid_id          bigint NOT NULL REFERENCES procurement.bid,
    item_no         integer NOT NULL,
    unit_price      numeric(14, 4) NOT NULL CHECK (unit_price >= 0),
    lead_time_days  integer NOT NULL CHECK (lead_time_days >= 0),
    min_quantity    integer NOT NULL DEFAULT 1 CHECK (min_quantity > 0),
    max_quantity    integer CHECK (max_quantity IS NULL OR max_quantity >= min_quantity),
    valid_until     date NOT NULL,
    PRIMARY KEY (bid_id, item_no)
);

-- What was awarded per item (the proposal or, with a justification and an approval, another bid) and the order made.
CREATE TABLE procurement.award (
    tender_id       bigint NOT NULL REFERENCES procurement.tender,
    item_no         integer NOT NULL,
    bid_id          bigint NOT NULL REFERENCES procurement.bid,
    proposed        boolean NOT NULL,
    purchase_order  text,
    PRIMARY KEY (tender_id, item_no)
);

-- Supplier logins: an account with the role supplier sees the tenders its supplier is invited to, and its own bids.
CREATE TABLE procurement.supplier_account (
    username     text PRIMARY KEY,
    supplier_id  bigint NOT NULL REFERENCES procurement.supplier,
    created_by   text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
