-- Delivery audit (配送稽核): headquarters' delivery standards and penalty rules (versioned; stations cannot change them),
-- incidents stations record, penalties computed from the events and incidents, waived or disputed with a reason.
CREATE TABLE delivery.standards (
    version     integer PRIMARY KEY CHECK (version > 0),
    settings    jsonb NOT NULL,
    note        text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO delivery.standards (version, settings, note, created_by) VALUES (1, '{}', 'defaults', 'system');

-- What a courier may be penalised in a month at most, by contract (no cap when empty).
ALTER TABLE delivery.courier ADD COLUMN monthly_penalty_cap numeric(14, 2) CHECK (monthly_penalty_cap >= 0);

CREATE TABLE delivery.incident (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shipment_id  bigint NOT NULL REFERENCES delivery.shipment,
    kind         text NOT NULL CHECK (kind IN ('DAMAGED', 'LOST', 'COMPLAINT')),
    note         text NOT NULL,
    recorded_by  text NOT NULL,
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX incident_shipment ON delivery.incident (shipment_id);

CREATE TABLE delivery.penalty (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    courier_code      text NOT NULL REFERENCES delivery.courier,
    shipment_id       bigint NOT NULL REFERENCES delivery.shipment,
    incident_id       bigint REFERENCES delivery.incident,
    kind              text NOT NULL CHECK (kind IN ('LATE', 'DAMAGED', 'LOST', 'COMPLAINT')),
    amount            numeric(14, 2) NOT NULL CHECK (amount >= 0),
    points            integer NOT NULL CHECK (points >= 0),
    standards_version integer NOT NULL REFERENCES delivery.standards,
    evidence          text NOT NULL,
    status            text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WAIVED', 'DISPUTED', 'UPHELD', 'WITHDRAWN')),
    dispute_until     date NOT NULL,
    objection         text,
    decision_reason   text,
    decided_by        text,
    decided_at        timestamptz,
    created_at        timestamptz NOT NULL DEFAULT now(),
    -- A late delivery is penalised once per shipment; an incident once.
    UNIQUE (shipment_id, kind, incident_id)
);
CREATE UNIQUE INDEX penalty_late_once ON delivery.penalty (shipment_id) WHERE kind = 'LATE';
CREATE INDEX penalty_courier ON delivery.penalty (courier_code, created_at);
CREATE INDEX penalty_status ON delivery.penalty (status, id);
