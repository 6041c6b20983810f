-- The classification's windows and thresholds as a versioned settings document (platform kit): every change a new
-- version with who, when and why. No row yet stands for the defaults (they were Config Admin settings before).
CREATE TABLE siteops.classification_rules (
    version     integer PRIMARY KEY CHECK (version > 0),
    settings    jsonb NOT NULL,
    note        text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
