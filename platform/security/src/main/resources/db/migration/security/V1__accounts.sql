CREATE TABLE security.account (
    username      text        PRIMARY KEY CHECK (username = lower(username) AND length(username) BETWEEN 1 AND 64),
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    roles         text        NOT NULL DEFAULT '',
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
