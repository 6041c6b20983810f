-- Merchant onboarding (招商, domain §2): applications of third-party merchants, their status history, versioned
-- cooperation terms and commission rules (a new version never rewrites an old one), and products they submit.
CREATE SEQUENCE merchants.merchant_number;

CREATE TABLE merchants.merchant (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             text NOT NULL UNIQUE,
    company_name     text NOT NULL,
    licence_number   text NOT NULL UNIQUE,
    contact_name     text NOT NULL,
    contact_phone    text,
    contact_email    text,
    categories       text[] NOT NULL DEFAULT '{}',
    requested_terms  text,
    status           text NOT NULL DEFAULT 'PENDING'
                     CHECK (status IN ('PENDING', 'UNDER_REVIEW', 'ACTIVE', 'SUSPENDED', 'TERMINATED', 'REJECTED')),
    status_reason    text,
    approval_id      bigint,
    org_department   text,
    created_by       text NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX merchant_status ON merchants.merchant (status, id);

-- Every status change with who, when and why; the status itself changes only through the commands that write here.
CREATE TABLE merchants.status_change (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    merchant_id  bigint NOT NULL REFERENCES merchants.merchant,
    from_status  text,
    to_status    text NOT NULL,
    reason       text,
    actor        text NOT NULL,
    at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX status_change_merchant ON merchants.status_change (merchant_id, id);

CREATE TABLE merchants.terms (
    merchant_id       bigint NOT NULL REFERENCES merchants.merchant,
    version           integer NOT NULL CHECK (version > 0),
    settlement_cycle  text NOT NULL CHECK (settlement_cycle IN ('WEEKLY', 'MONTHLY')),
    deposit           numeric(14, 2) NOT NULL CHECK (deposit >= 0),
    valid_from        date NOT NULL,
    valid_to          date,
    note              text,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (merchant_id, version),
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- Commission rules: for a merchant and a category, a category, or a merchant's default. Never updated: a new rate is a
-- new rule with its own effective date.
CREATE TABLE merchants.commission_rule (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    merchant_id     bigint REFERENCES merchants.merchant,
    category        text,
    rate_percent    numeric(5, 2) NOT NULL CHECK (rate_percent BETWEEN 0 AND 100),
    effective_from  date NOT NULL,
    note            text,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (merchant_id IS NOT NULL OR category IS NOT NULL)
);
CREATE INDEX commission_rule_lookup ON merchants.commission_rule (merchant_id, category, effective_from DESC, id DESC);
CREATE INDEX commission_rule_category ON merchants.commission_rule (category, effective_from DESC, id DESC) WHERE merchant_id IS NULL;

CREATE TABLE merchants.product (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    merchant_id     bigint NOT NULL REFERENCES merchants.merchant,
    merchant_sku    text NOT NULL,
    title           text NOT NULL,
    category        text NOT NULL,
    price           numeric(14, 2) NOT NULL CHECK (price >= 0),
    -- SUBMITTED: waiting for the catalog's review; LISTED / HIDDEN: hidden while the merchant is suspended.
    status          text NOT NULL DEFAULT 'SUBMITTED' CHECK (status IN ('SUBMITTED', 'LISTED', 'HIDDEN', 'WITHDRAWN')),
    event_id        bigint,
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (merchant_id, merchant_sku)
);
