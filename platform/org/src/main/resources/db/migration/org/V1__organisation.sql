-- The organisation: departments (optionally nested teams), positions with level, plan and direct superior,
-- and which staff account holds which position.
CREATE TABLE org.department (
    id         bigserial   PRIMARY KEY,
    code       text        NOT NULL UNIQUE,
    name_en    text        NOT NULL,
    name_zh    text        NOT NULL,
    parent_id  bigint      REFERENCES org.department (id),
    active     boolean     NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE org.department_capability (
    department_id bigint NOT NULL REFERENCES org.department (id),
    capability    text   NOT NULL,
    PRIMARY KEY (department_id, capability)
);

CREATE TABLE org.position (
    id                   bigserial PRIMARY KEY,
    code                 text      NOT NULL UNIQUE,
    department_id        bigint    NOT NULL REFERENCES org.department (id),
    title_en             text      NOT NULL,
    title_zh             text      NOT NULL,
    level                text      NOT NULL CHECK (level IN ('SPECIALIST', 'SUPERVISOR', 'DIRECTOR', 'GENERAL_MANAGER')),
    planned_headcount    integer   NOT NULL CHECK (planned_headcount >= 0),
    superior_position_id bigint    REFERENCES org.position (id)
);

CREATE TABLE org.staff (
    username    text        PRIMARY KEY,
    position_id bigint      NOT NULL REFERENCES org.position (id),
    assigned_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX staff_position ON org.staff (position_id);
