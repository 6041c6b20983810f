-- The audit trail grows to tens of millions of rows and is read newest first. Every filter of the audit page (who,
-- what action, which record, a time range) has an index whose order is the page's order (time, then id), so a page
-- and its cursor are read from an index range whatever the table's size.
DROP INDEX IF EXISTS platform.audit_log_at;
CREATE INDEX audit_log_at ON platform.audit_log (at, id);
CREATE INDEX audit_log_actor ON platform.audit_log (actor, at, id);
CREATE INDEX audit_log_action ON platform.audit_log (action, at, id);
CREATE INDEX audit_log_entity_id ON platform.audit_log (entity_id, at, id);
DROP INDEX IF EXISTS platform.audit_log_entity;
CREATE INDEX audit_log_entity_record ON platform.audit_log (entity, entity_id, at, id);
