-- Sessions live in the database: a restart keeps staff logged in, two nodes share them, and locking or disabling
-- an account or changing its password ends them on every path at once. Only a hash of each token is stored.
CREATE TABLE security.session (
    token_hash   text        PRIMARY KEY,
    username     text        NOT NULL REFERENCES security.account (username),
    source       text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);
CREATE INDEX session_username ON security.session (username) WHERE revoked_at IS NULL;
CREATE INDEX session_expires ON security.session (expires_at);

-- Failed logins counted per account and source address: guesses from one address are slowed down there without
-- locking the account for everyone else. The counting is one atomic statement per attempt.
CREATE TABLE security.login_throttle (
    username     text        NOT NULL,
    source       text        NOT NULL,
    failures     integer     NOT NULL DEFAULT 0,
    locked_until timestamptz,
    last_failure timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (username, source)
);
CREATE INDEX login_throttle_age ON security.login_throttle (last_failure);

ALTER TABLE security.account ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now();
