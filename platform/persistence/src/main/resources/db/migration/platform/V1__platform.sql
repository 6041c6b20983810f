-- Platform-owned tables: the audit trail every department writes to, and idempotency keys of POST requests.
CREATE TABLE IF NOT EXISTS platform.audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    action      text        NOT NULL,
    entity      text        NOT NULL,
    entity_id   text        NOT NULL,
    details     jsonb       NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX IF NOT EXISTS audit_log_entity ON platform.audit_log (entity, entity_id);
CREATE INDEX IF NOT EXISTS audit_log_at ON platform.audit_log (at DESC);

CREATE TABLE IF NOT EXISTS platform.idempotency_key (
    owner        text        NOT NULL,
    key          text        NOT NULL,
    fingerprint  text        NOT NULL,
    state        text        NOT NULL CHECK (state IN ('in-progress', 'completed')),
    status       integer,
    content_type text,
    body         text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (owner, key)
);
