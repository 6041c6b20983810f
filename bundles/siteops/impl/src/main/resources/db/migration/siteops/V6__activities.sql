-- Platform activities (活动报名, §4.4): a specialist records an activity found on a marketplace; a supervisor approves it
-- or shelves it (shelved ones stay listed, to be taken up again later); approved ones are signed up for; while it runs,
-- progress and results are reported day by day.

CREATE SEQUENCE siteops.activity_number;

CREATE TABLE siteops.activity (
    id            bigserial PRIMARY KEY,
    number        text NOT NULL UNIQUE DEFAULT 'AC-' || lpad(nextval('siteops.activity_number')::text, 6, '0'),
    platform      text NOT NULL,
    name          text NOT NULL,
    url           text,
    sign_up_by    date NOT NULL,
    starts_on     date NOT NULL,
    ends_on       date NOT NULL,
    goal          text,
    status        text NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'SHELVED', 'SIGNED_UP')),
    found_by      text NOT NULL,
    decided_by    text,
    decision_note text,
    products      text,
    signed_up_by  text,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (ends_on >= starts_on),
    CHECK (sign_up_by <= ends_on)
);
CREATE INDEX activity_status ON siteops.activity (status, starts_on);

CREATE TABLE siteops.activity_report (
    activity_id bigint NOT NULL REFERENCES siteops.activity (id),
    day         date NOT NULL,
    visitors    int NOT NULL CHECK (visitors >= 0),
    orders      int NOT NULL CHECK (orders >= 0),
    sales       numeric(16, 2) NOT NULL CHECK (sales >= 0),
    note        text,
    reported_by text NOT NULL,
    reported_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (activity_id, day)
);
