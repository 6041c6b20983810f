-- A product import that has not begun to be applied can be cancelled; nothing of it is applied.
ALTER TABLE siteops.product_import DROP CONSTRAINT product_import_status_check;
ALTER TABLE siteops.product_import ADD CONSTRAINT product_import_status_check CHECK (status IN ('QUEUED', 'SUCCEEDED', 'FAILED', 'CANCELLED'));
