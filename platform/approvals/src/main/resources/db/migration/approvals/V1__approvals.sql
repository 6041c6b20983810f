-- Approvals wait for a position (not a person), so re-organising re-routes them by position.
CREATE TABLE approvals.rule (
    document_type  text          NOT NULL,
    min_amount     numeric(18,2) NOT NULL DEFAULT 0,
    required_level text          NOT NULL CHECK (required_level IN ('SPECIALIST', 'SUPERVISOR', 'DIRECTOR', 'GENERAL_MANAGER')),
    PRIMARY KEY (document_type, min_amount)
);
-- Defaults after the guides: purchases from 50,000 need the director, from 200,000 the general manager.
INSERT INTO approvals.rule (document_type, min_amount, required_level) VALUES
    ('purchase-order', 0, 'SUPERVISOR'), ('purchase-order', 50000, 'DIRECTOR'), ('purchase-order', 200000, 'GENERAL_MANAGER'),
    ('sales-plan', 0, 'GENERAL_MANAGER'), ('marketing-plan', 0, 'DIRECTOR'), ('promotion-creative', 0, 'SUPERVISOR'),
    ('activity-signup', 0, 'SUPERVISOR'), ('transfer', 0, 'SUPERVISOR');

CREATE TABLE approvals.approval (
    id                   bigserial     PRIMARY KEY,
    document_type        text          NOT NULL,
    document_id          text          NOT NULL,
    summary              text          NOT NULL,
    amount               numeric(18,2),
    owner_department     text          NOT NULL,
    submitter            text          NOT NULL,
    status               text          NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'SENT_BACK')),
    waiting_for_position text,
    required_level       text          NOT NULL,
    submitted_at         timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX approval_waiting ON approvals.approval (waiting_for_position) WHERE status = 'PENDING';

CREATE TABLE approvals.step (
    id            bigserial   PRIMARY KEY,
    approval_id   bigint      NOT NULL REFERENCES approvals.approval (id),
    actor         text        NOT NULL,
    position_code text,
    decision      text        NOT NULL,
    comment       text,
    at            timestamptz NOT NULL DEFAULT now()
);
