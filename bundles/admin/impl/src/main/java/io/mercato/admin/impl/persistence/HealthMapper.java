package io.mercato.admin.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Select;

/** The database as the health page shows it. Schema names are quoted by PostgreSQL itself (format %I). */
public interface HealthMapper {
    record Server(String version, int connections, int active, long sizeBytes) {
    }

    record Migrations(String schema, String version, String description, java.time.Instant lastRun, int applied, int failed) {
    }

    @Select("SELECT current_setting('server_version') AS version, "
            + "(SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database()) AS connections, "
            + "(SELECT count(*)::int FROM pg_stat_activity WHERE datname = current_database() AND state = 'active') AS active, "
            + "pg_database_size(current_database()) AS size_bytes")
    Server server();

    @Select("SELECT h.table_schema AS schema, (xpath('/row/version/text()', r))[1]::text AS version, "
            + "(xpath('/row/description/text()', r))[1]::text AS description, "
            + "(xpath('/row/last_run/text()', r))[1]::text::timestamptz AS last_run, "
            + "(xpath('/row/applied/text()', r))[1]::text::int AS applied, (xpath('/row/failed/text()', r))[1]::text::int AS failed "
            + "FROM information_schema.tables h CROSS JOIN LATERAL query_to_xml(format('SELECT "
            + "(SELECT version FROM %1$I.schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) AS version, "
            + "(SELECT description FROM %1$I.schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) "
            + "AS description, max(installed_on) AS last_run, count(*) FILTER (WHERE success) AS applied, "
            + "count(*) FILTER (WHERE NOT success) AS failed FROM %1$I.schema_history', h.table_schema), false, true, '') AS r "
            + "WHERE h.table_name = 'schema_history' ORDER BY h.table_schema")
    List<Migrations> migrations();
}
