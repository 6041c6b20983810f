-- Members, their tiers and their points (customer service & CRM, domain §2 CRM). Points are an append-only ledger of
-- entries over lots: the balance on the member row always equals the sum of the lots' remaining points and of the entries.

CREATE TABLE crm.tier (
    code            text PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9_]{1,19}$'),
    name_zh         text NOT NULL,
    name_en         text NOT NULL,
    rank            int NOT NULL UNIQUE CHECK (rank >= 0),
    min_spend       numeric(14, 2) NOT NULL CHECK (min_spend >= 0),
    min_orders      int NOT NULL CHECK (min_orders >= 0),
    points_per_yuan numeric(6, 2) NOT NULL CHECK (points_per_yuan >= 0),
    updated_by      text NOT NULL DEFAULT 'system',
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- The entry tier needs nothing; the others are earned on the rolling 12 months of delivered orders.
INSERT INTO crm.tier (code, name_zh, name_en, rank, min_spend, min_orders, points_per_yuan) VALUES
    ('NORMAL',  '普通会员', 'Member',  0,     0.00,  0, 1.00),
    ('SILVER',  '银卡会员', 'Silver',  1,  2000.00,  3, 1.20),
    ('GOLD',    '金卡会员', 'Gold',    2,  8000.00,  8, 1.50),
    ('DIAMOND', '钻石会员', 'Diamond', 3, 20000.00, 15, 2.00);

CREATE SEQUENCE crm.member_number;

CREATE TABLE crm.member (
    id              bigserial PRIMARY KEY,
    code            text NOT NULL UNIQUE DEFAULT 'VIP-' || lpad(nextval('crm.member_number')::text, 8, '0'),
    mobile          text NOT NULL UNIQUE CHECK (mobile ~ '^1[3-9][0-9]{9}$'),
    email           text,
    name            text NOT NULL,
    birthday        date,
    province        text,
    city            text,
    tags            text[] NOT NULL DEFAULT '{}',
    sms_opt_out     boolean NOT NULL DEFAULT false,
    email_opt_out   boolean NOT NULL DEFAULT false,
    consent_at      timestamptz,
    tier_code       text NOT NULL REFERENCES crm.tier (code),
    tier_since      date NOT NULL,
    tier_review_on  date NOT NULL,
    points_balance  bigint NOT NULL DEFAULT 0 CHECK (points_balance >= 0),
    source          text NOT NULL CHECK (source IN ('ORDER', 'AGENT')),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX member_mobile_prefix ON crm.member (mobile text_pattern_ops);
-- Names are searched for any part (trigram index; the operator class is where the platform put pg_trgm).
DO $$
DECLARE
    trgm_schema text := (SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'pg_trgm');
BEGIN
    EXECUTE format('CREATE INDEX member_name_trgm ON crm.member USING gin (name %I.gin_trgm_ops)', trgm_schema);
END $$;
CREATE INDEX member_tier ON crm.member (tier_code, id);
CREATE INDEX member_birthday_month ON crm.member ((extract(month FROM birthday)));

-- Orders of members as the delivery department reported them: the ground for tiers and RFM.
CREATE TABLE crm.member_order (
    order_number    text PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES crm.member (id),
    channel         text NOT NULL,
    goods_amount    numeric(14, 2) NOT NULL CHECK (goods_amount >= 0),
    total           numeric(14, 2) NOT NULL CHECK (total >= 0),
    placed_at       timestamptz NOT NULL,
    delivered_at    timestamptz NOT NULL,
    status          text NOT NULL CHECK (status IN ('DELIVERED', 'RETURNED')),
    points_earned   bigint NOT NULL DEFAULT 0 CHECK (points_earned >= 0)
);
CREATE INDEX member_order_member ON crm.member_order (member_id, delivered_at DESC);

CREATE TABLE crm.member_order_line (
    order_number    text NOT NULL REFERENCES crm.member_order (order_number),
    line_no         int NOT NULL,
    sku             text NOT NULL,
    quantity        int NOT NULL CHECK (quantity > 0),
    amount          numeric(14, 2) NOT NULL CHECK (amount >= 0),
    points_earned   bigint NOT NULL CHECK (points_earned >= 0),
    PRIMARY KEY (order_number, line_no)
);

CREATE TABLE crm.tier_change (
    id              bigserial PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES crm.member (id),
    from_tier       text REFERENCES crm.tier (code),
    to_tier         text NOT NULL REFERENCES crm.tier (code),
    spend_12m       numeric(14, 2) NOT NULL,
    orders_12m      int NOT NULL,
    reason          text NOT NULL,
    review_on       date NOT NULL,
    changed_by      text NOT NULL,
    changed_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tier_change_member ON crm.tier_change (member_id, id DESC);

-- A lot is what one earning (or positive adjustment) put in; spends and expiry take from lots oldest first.
CREATE TABLE crm.points_lot (
    id              bigserial PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES crm.member (id),
    earned          bigint NOT NULL CHECK (earned > 0),
    remaining       bigint NOT NULL CHECK (remaining >= 0 AND remaining <= earned),
    earned_on       date NOT NULL,
    expires_on      date NOT NULL
);
CREATE INDEX points_lot_open ON crm.points_lot (member_id, expires_on, id) WHERE remaining > 0;
CREATE INDEX points_lot_expiring ON crm.points_lot (expires_on) WHERE remaining > 0;

-- Append-only. cause names what made the entry (an outbox event, an idempotency key, a lot's expiry): one entry per
-- member, kind and cause, so a redelivered event or a retried request books nothing twice.
CREATE TABLE crm.points_entry (
    id              bigserial PRIMARY KEY,
    member_id       bigint NOT NULL REFERENCES crm.member (id),
    kind            text NOT NULL CHECK (kind IN ('EARN', 'SPEND', 'EXPIRE', 'ADJUST', 'REVERSE', 'RESTORE')),
    points          bigint NOT NULL,
    balance_after   bigint NOT NULL CHECK (balance_after >= 0),
    cause           text NOT NULL,
    order_number    text,
    line_no         int,
    reason          text NOT NULL,
    unrecovered     bigint NOT NULL DEFAULT 0 CHECK (unrecovered >= 0),
    lot_id          bigint REFERENCES crm.points_lot (id),
    source_entry_id bigint REFERENCES crm.points_entry (id),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (member_id, kind, cause),
    -- A reversal may find the points spent already: what it could not take back is kept as unrecovered.
    CHECK (points <> 0 OR unrecovered > 0)
);
CREATE INDEX points_entry_member ON crm.points_entry (member_id, id DESC);
CREATE INDEX points_entry_order ON crm.points_entry (order_number) WHERE order_number IS NOT NULL;

-- Which lots an entry took points from (spend, expiry, reversal, negative adjustment): what a restore gives back.
CREATE TABLE crm.points_take (
    entry_id        bigint NOT NULL REFERENCES crm.points_entry (id),
    lot_id          bigint NOT NULL REFERENCES crm.points_lot (id),
    points          bigint NOT NULL CHECK (points > 0),
    PRIMARY KEY (entry_id, lot_id)
);
