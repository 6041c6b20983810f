-- Service tickets (客服: pre-sale questions, order problems, after-sales, complaints) with SLAs counted on the team's
-- working calendar, and the performance & audit team's quality sampling.

-- Opening hours per ISO weekday (1 = Monday); a weekday without a row is closed.
CREATE TABLE crm.working_hours (
    weekday int PRIMARY KEY CHECK (weekday BETWEEN 1 AND 7),
    opens   time NOT NULL,
    closes  time NOT NULL CHECK (closes > opens)
);
INSERT INTO crm.working_hours (weekday, opens, closes) VALUES (1, '09:00', '18:00'), (2, '09:00', '18:00'), (3, '09:00', '18:00'),
    (4, '09:00', '18:00'), (5, '09:00', '18:00');

-- Public holidays off, and the make-up working days (调休) they move to.
CREATE TABLE crm.calendar_day (
    day    date PRIMARY KEY,
    kind   text NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name   text NOT NULL,
    opens  time,
    closes time,
    CHECK (kind = 'HOLIDAY' OR (opens IS NOT NULL AND closes > opens))
);

CREATE TABLE crm.sla_policy (
    type                   text NOT NULL CHECK (type IN ('PRE_SALE', 'ORDER_PROBLEM', 'AFTER_SALE', 'COMPLAINT')),
    priority               text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    first_response_minutes int NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes     int NOT NULL,
    PRIMARY KEY (type, priority),
    CHECK (resolution_minutes >= first_response_minutes)
);
INSERT INTO crm.sla_policy (type, priority, first_response_minutes, resolution_minutes) VALUES
    ('PRE_SALE', 'URGENT', 15, 120), ('PRE_SALE', 'HIGH', 30, 240), ('PRE_SALE', 'NORMAL', 60, 480), ('PRE_SALE', 'LOW', 120, 960),
    ('ORDER_PROBLEM', 'URGENT', 15, 240), ('ORDER_PROBLEM', 'HIGH', 30, 480), ('ORDER_PROBLEM', 'NORMAL', 60, 960),
    ('ORDER_PROBLEM', 'LOW', 120, 1440),
    ('AFTER_SALE', 'URGENT', 30, 480), ('AFTER_SALE', 'HIGH', 60, 960), ('AFTER_SALE', 'NORMAL', 120, 1440), ('AFTER_SALE', 'LOW', 240, 2880),
    ('COMPLAINT', 'URGENT', 15, 240), ('COMPLAINT', 'HIGH', 30, 480), ('COMPLAINT', 'NORMAL', 60, 960), ('COMPLAINT', 'LOW', 120, 1440);

CREATE SEQUENCE crm.ticket_number;

CREATE TABLE crm.ticket (
    id                          bigserial PRIMARY KEY,
    number                      text NOT NULL UNIQUE DEFAULT 'TK-' || lpad(nextval('crm.ticket_number')::text, 8, '0'),
    type                        text NOT NULL CHECK (type IN ('PRE_SALE', 'ORDER_PROBLEM', 'AFTER_SALE', 'COMPLAINT')),
    channel                     text NOT NULL CHECK (channel IN ('PHONE', 'CHAT', 'EMAIL')),
    priority                    text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    subject                     text NOT NULL,
    description                 text,
    member_id                   bigint REFERENCES crm.member (id),
    order_number                text,
    customer_name               text NOT NULL,
    contact                     text,
    assignee                    text,
    status                      text NOT NULL CHECK (status IN ('OPEN', 'WAITING_CUSTOMER', 'RESOLVED', 'CLOSED')),
    first_response_due          timestamptz NOT NULL,
    resolution_due              timestamptz NOT NULL,
    first_responded_at          timestamptz,
    resolved_at                 timestamptz,
    closed_at                   timestamptz,
    paused_since                timestamptz,
    paused_minutes              int NOT NULL DEFAULT 0 CHECK (paused_minutes >= 0),
    -- When an SLA was missed (its due time), stored once it is known, so later pauses or edits cannot move it.
    first_response_breached_at  timestamptz,
    resolution_breached_at      timestamptz,
    created_by                  text NOT NULL,
    created_at                  timestamptz NOT NULL DEFAULT now(),
    updated_at                  timestamptz NOT NULL DEFAULT now(),
    CHECK ((status = 'WAITING_CUSTOMER') = (paused_since IS NOT NULL))
);
CREATE INDEX ticket_queue ON crm.ticket (status, resolution_due) WHERE status IN ('OPEN', 'WAITING_CUSTOMER');
CREATE INDEX ticket_assignee ON crm.ticket (assignee, status);
CREATE INDEX ticket_member ON crm.ticket (member_id, id DESC);
CREATE INDEX ticket_order ON crm.ticket (order_number) WHERE order_number IS NOT NULL;
CREATE INDEX ticket_resolved ON crm.ticket (resolved_at) WHERE resolved_at IS NOT NULL;

CREATE TABLE crm.ticket_note (
    id        bigserial PRIMARY KEY,
    ticket_id bigint NOT NULL REFERENCES crm.ticket (id),
    kind      text NOT NULL CHECK (kind IN ('REPLY', 'INTERNAL', 'CUSTOMER')),
    body      text NOT NULL,
    author    text NOT NULL,
    at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ticket_note_ticket ON crm.ticket_note (ticket_id, id);

-- Quality sampling of closed tickets by the performance & audit team: sampled at random per agent, scored on a checklist.
CREATE TABLE crm.ticket_audit (
    ticket_id  bigint PRIMARY KEY REFERENCES crm.ticket (id),
    agent      text NOT NULL,
    month      date NOT NULL CHECK (extract(day FROM month) = 1),
    sampled_by text NOT NULL,
    sampled_at timestamptz NOT NULL DEFAULT now(),
    scores     jsonb,
    score      numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
    comment    text,
    audited_by text,
    audited_at timestamptz
);
CREATE INDEX ticket_audit_month ON crm.ticket_audit (month, agent);
