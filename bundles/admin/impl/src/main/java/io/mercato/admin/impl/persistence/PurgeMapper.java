package io.mercato.admin.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** A department's schema as a purge sees it; table names come from the catalogue and are quoted by PostgreSQL (%I). */
public interface PurgeMapper {
    record TableFingerprint(String tableName, long rows, String checksum) {
    }

    @Select("SELECT EXISTS (SELECT 1 FROM information_schema.schemata WHERE schema_name = #{schema})")
    boolean schemaExists(@Param("schema") String schema);

    /** Rows and an order-independent checksum of every table (its history table included: a purge drops it too). */
    @Select("SELECT t.table_name, (xpath('/row/n/text()', x))[1]::text::bigint AS rows, (xpath('/row/c/text()', x))[1]::text AS checksum "
            + "FROM information_schema.tables t CROSS JOIN LATERAL query_to_xml(format("
            + "'SELECT count(*) AS n, coalesce(sum(hashtextextended(r::text, 0)), 0) AS c FROM %I.%I r', t.table_schema, t.table_name), "
            + "false, true, '') AS x WHERE t.table_schema = #{schema} AND t.table_type = 'BASE TABLE' ORDER BY t.table_name")
    List<TableFingerprint> tables(@Param("schema") String schema);

    /** Returns an empty text: MyBatis maps no void results. */
    @Select("SELECT admin.drop_department_schema(#{schema})::text")
    String dropSchema(@Param("schema") String schema);

    @Select("INSERT INTO admin.schema_export (code, operation_id, file_name, bytes, sha256, report_hash, tables, row_count, created_by) "
            + "VALUES (#{e.code}, #{e.operationId}, #{e.fileName}, #{e.bytes}, #{e.sha256}, #{e.reportHash}, #{e.tables}, #{e.rowCount}, "
            + "#{e.createdBy}) RETURNING id")
    long insertExport(@Param("e") ExportRow export);

    String EXPORT = "SELECT id, code, operation_id, file_name, bytes, sha256, report_hash, tables, row_count, created_by, created_at "
            + "FROM admin.schema_export";

    @Select(EXPORT + " WHERE code = #{code} ORDER BY id DESC LIMIT 20")
    List<ExportRow> exports(@Param("code") String code);

    @Select(EXPORT + " WHERE id = #{id}")
    ExportRow export(@Param("id") long id);
}
