-- The departments' states as the admin last left them, and every operation on them (who, when, how it ended).
CREATE TABLE admin.module (
    code        text PRIMARY KEY,
    state       text NOT NULL CHECK (state IN ('UNINSTALLED', 'INSTALLING', 'ACTIVE', 'UPGRADING', 'UNINSTALLING', 'FAILED', 'PURGED')),
    version     text,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    updated_by  text NOT NULL
);

CREATE TABLE admin.module_operation (
    id           bigserial PRIMARY KEY,
    code         text NOT NULL REFERENCES admin.module (code),
    action       text NOT NULL CHECK (action IN ('INSTALL', 'UPGRADE', 'UNINSTALL')),
    outcome      text NOT NULL CHECK (outcome IN ('RUNNING', 'SUCCEEDED', 'ROLLED_BACK', 'FAILED')),
    step         text NOT NULL,
    progress     integer NOT NULL CHECK (progress BETWEEN 0 AND 100),
    message      text,
    actor        text NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX module_operation_code ON admin.module_operation (code, id DESC);
-- One running operation at a time, whatever happens in memory.
CREATE UNIQUE INDEX module_operation_running ON admin.module_operation ((true)) WHERE outcome = 'RUNNING';
