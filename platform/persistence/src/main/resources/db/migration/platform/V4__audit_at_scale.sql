-- The audit trail grows to tens of millions of rows: each filter of the audit page (who, what action, which record)
-- has an index that also gives the newest-first order, so a page is read from an index whatever the table's size.
CREATE INDEX IF NOT EXISTS audit_log_actor ON platform.audit_log (actor, id);
CREATE INDEX IF NOT EXISTS audit_log_action ON platform.audit_log (action, id);
CREATE INDEX IF NOT EXISTS audit_log_entity_id ON platform.audit_log (entity_id, id);
DROP INDEX IF EXISTS platform.audit_log_entity;
CREATE INDEX IF NOT EXISTS audit_log_entity_record ON platform.audit_log (entity, entity_id, id);
