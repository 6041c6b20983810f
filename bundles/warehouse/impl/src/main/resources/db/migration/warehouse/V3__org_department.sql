-- Transfers belong to the org department owning warehouse.transfer when they are requested, and are handed on when the
-- organisation is split or merged (see WarehouseReowning).
ALTER TABLE warehouse.transfer ADD COLUMN org_department text;
