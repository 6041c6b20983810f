-- Segments (rules over tier, RFM, tags, region and birthday month) and campaigns sending SMS or e-mail to them.

CREATE SEQUENCE crm.segment_number;

CREATE TABLE crm.segment (
    id         bigserial PRIMARY KEY,
    code       text NOT NULL UNIQUE DEFAULT 'SG-' || lpad(nextval('crm.segment_number')::text, 6, '0'),
    name       text NOT NULL,
    rules      jsonb NOT NULL,
    created_by text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE SEQUENCE crm.campaign_number;

CREATE TABLE crm.campaign (
    id             bigserial PRIMARY KEY,
    number         text NOT NULL UNIQUE DEFAULT 'CP-' || lpad(nextval('crm.campaign_number')::text, 6, '0'),
    name           text NOT NULL,
    segment_id     bigint NOT NULL REFERENCES crm.segment (id),
    channel        text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
    subject        text,
    body           text NOT NULL,
    status         text NOT NULL CHECK (status IN ('DRAFT', 'SENDING', 'PAUSED', 'DONE')),
    total          int NOT NULL DEFAULT 0,
    sent           int NOT NULL DEFAULT 0,
    failed         int NOT NULL DEFAULT 0,
    opted_out      int NOT NULL DEFAULT 0,
    no_address     int NOT NULL DEFAULT 0,
    last_member_id bigint NOT NULL DEFAULT 0,
    started_by     text,
    started_at     timestamptz,
    finished_at    timestamptz,
    created_by     text NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now()
);

-- A member gets a campaign at most once: the row is written (PENDING) and committed before the message leaves.
CREATE TABLE crm.campaign_message (
    campaign_id bigint NOT NULL REFERENCES crm.campaign (id),
    member_id   bigint NOT NULL REFERENCES crm.member (id),
    status      text NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'OPTED_OUT', 'NO_ADDRESS')),
    error       text,
    at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (campaign_id, member_id)
);
CREATE INDEX campaign_message_status ON crm.campaign_message (campaign_id, status);
