-- An opening-stock import can be cancelled: at once while it waits, between its batches while it runs (its transaction
-- then rolls back, so nothing of it is applied).
ALTER TABLE warehouse.import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE warehouse.import_job ADD CONSTRAINT import_job_status_check
    CHECK (status IN ('QUEUED', 'VALIDATING', 'LOADING', 'SUCCEEDED', 'FAILED', 'CANCELLED'));
ALTER TABLE warehouse.import_job ADD COLUMN cancel_requested_by text;
