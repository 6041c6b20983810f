-- The tiers' names, thresholds and earn rates become a versioned settings document (platform kit): every change a new
-- version with who, when and why. crm.tier keeps the ladder itself (code and rank), which members and tier changes
-- reference. Version 1 is the rules as they stood, so nothing an operator changed is lost.
CREATE TABLE crm.tier_rules (
    version     integer PRIMARY KEY CHECK (version > 0),
    settings    jsonb NOT NULL,
    note        text,
    created_by  text NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

INSERT INTO crm.tier_rules (version, settings, note, created_by, created_at)
SELECT 1,
       jsonb_build_object('tiers', jsonb_agg(jsonb_build_object('code', code, 'nameZh', name_zh, 'nameEn', name_en,
           'minSpend', min_spend, 'minOrders', min_orders, 'pointsPerYuan', points_per_yuan) ORDER BY rank)),
       'The tier rules as they stood when they became a versioned document',
       (array_agg(updated_by ORDER BY updated_at DESC))[1],
       max(updated_at)
FROM crm.tier;

ALTER TABLE crm.tier DROP COLUMN name_zh, DROP COLUMN name_en, DROP COLUMN min_spend, DROP COLUMN min_orders,
    DROP COLUMN points_per_yuan, DROP COLUMN updated_by, DROP COLUMN updated_at;
