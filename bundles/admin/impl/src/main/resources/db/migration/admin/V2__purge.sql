-- Exporting and purging a department's data are operations too: one at a time, with steps, outcome and audit.
ALTER TABLE admin.module_operation DROP CONSTRAINT module_operation_action_check;
ALTER TABLE admin.module_operation ADD CONSTRAINT module_operation_action_check
    CHECK (action IN ('INSTALL', 'UPGRADE', 'UNINSTALL', 'EXPORT', 'PURGE'));

-- Each export of a department's schema (one CSV per table in a zip under data/admin/exports), with the purge report's
-- hash at the time: a purge needs an export whose hash is that of the data as it is now.
CREATE TABLE admin.schema_export (
    id            bigserial PRIMARY KEY,
    code          text NOT NULL REFERENCES admin.module (code),
    operation_id  bigint NOT NULL REFERENCES admin.module_operation (id),
    file_name     text NOT NULL,
    bytes         bigint NOT NULL,
    sha256        text NOT NULL,
    report_hash   text NOT NULL,
    tables        integer NOT NULL,
    row_count     bigint NOT NULL,
    created_by    text NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX schema_export_code ON admin.schema_export (code, id DESC);

-- Dropping a schema needs its name in the statement; this takes it as a value and quotes it, and never drops the
-- platform's own schemas.
CREATE FUNCTION admin.drop_department_schema(schema_name text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF schema_name IN ('platform', 'admin', 'public', 'information_schema') OR schema_name LIKE 'pg\_%' THEN
        RAISE EXCEPTION 'schema % belongs to the platform', schema_name;
    END IF;
    EXECUTE format('DROP SCHEMA %I CASCADE', schema_name);
END
$$;
