package io.mercato.warehouse.impl.persistence;

import io.mercato.platform.api.jobs.ImportJobs;
import io.mercato.platform.api.jobs.RejectedRow;
import java.util.List;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.session.ResultHandler;

/** Opening-stock import jobs: the job rows, their staged rows, the warehouses they claim, and the set-based checks. */
public interface ImportMapper extends ImportJobs.Table<ImportJobRow> {
    String COLUMNS = "id, status, rows, array_to_string(warehouses, ',') AS warehouses, attempts, error_count, errors::text AS errors, "
            + "detail, created_by, created_at, started_at, loading_at, finished_at, cancel_requested_by";
    /** Advisory-lock namespace of import jobs: whoever holds (namespace, job id) runs that job. */
    int LOCK_NAMESPACE = 0x57484931;
    /** Rows the checks list by row number; the rest are counted. */
    int LISTED = 100;

    @Select("INSERT INTO warehouse.import_job (status, rows, warehouses, created_by) VALUES ('QUEUED', 0, '{}', #{actor}) RETURNING id")
    long insertJob(@Param("actor") String actor);

    @Update("UPDATE warehouse.import_job SET rows = #{rows}, warehouses = string_to_array(#{warehouses}, ',') WHERE id = #{id}")
    void describe(@Param("id") long id, @Param("rows") int rows, @Param("warehouses") String warehouses);

    /** Claims a warehouse for the job; false when another job holds it. */
    @Select("INSERT INTO warehouse.import_claim (warehouse_code, job_id) VALUES (#{warehouse}, #{id}) "
            + "ON CONFLICT (warehouse_code) DO NOTHING RETURNING true")
    Boolean claim(@Param("id") long id, @Param("warehouse") String warehouse);

    @Select("SELECT job_id FROM warehouse.import_claim WHERE warehouse_code = #{warehouse}")
    Long claimant(@Param("warehouse") String warehouse);

    @Select("SELECT " + COLUMNS + " FROM warehouse.import_job WHERE id = #{id}")
    ImportJobRow find(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM warehouse.import_job ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
    List<ImportJobRow> recent(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT count(*) FROM (SELECT 1 FROM warehouse.import_job LIMIT #{limit}) jobs")
    long count(@Param("limit") int limit);

    @Select("SELECT id FROM warehouse.import_job WHERE status IN ('QUEUED', 'VALIDATING', 'LOADING') ORDER BY id")
    List<Long> open();

    /** Takes the job for this transaction; false when another node or thread runs it. */
    @Select("SELECT pg_try_advisory_xact_lock(" + LOCK_NAMESPACE + ", #{id}::int)")
    boolean lock(@Param("id") long id);

    @Update("SET LOCAL statement_timeout = '15min'")
    void allowLongStatements();

    @Update("UPDATE warehouse.import_job SET status = #{status}, attempts = attempts + #{attempt}, "
            + "started_at = COALESCE(started_at, clock_timestamp()), "
            + "loading_at = CASE WHEN #{status} = 'LOADING' THEN clock_timestamp() ELSE loading_at END WHERE id = #{id}")
    void enter(@Param("id") long id, @Param("status") String status, @Param("attempt") int attempt);

    @Update("UPDATE warehouse.import_job SET status = #{status}, error_count = #{errorCount}, errors = #{errors}::jsonb, "
            + "detail = #{detail}, finished_at = clock_timestamp() WHERE id = #{id}")
    void finish(@Param("id") long id, @Param("status") String status, @Param("errorCount") long errorCount,
                @Param("errors") String errors, @Param("detail") String detail);

    /** Asks a running job to stop between its batches; false when it is over or was asked already. */
    @Update("UPDATE warehouse.import_job SET cancel_requested_by = #{actor} WHERE id = #{id} "
            + "AND status IN ('QUEUED', 'VALIDATING', 'LOADING') AND cancel_requested_by IS NULL")
    int requestCancel(@Param("id") long id, @Param("actor") String actor);

    @Select("SELECT cancel_requested_by FROM warehouse.import_job WHERE id = #{id}")
    String cancelRequestedBy(@Param("id") long id);

    @Delete("DELETE FROM warehouse.import_row WHERE job_id = #{id}")
    void dropRows(@Param("id") long id);

    @Delete("DELETE FROM warehouse.import_claim WHERE job_id = #{id}")
    void release(@Param("id") long id);

    @Select("SELECT code FROM warehouse.warehouse WHERE active AND code = ANY(string_to_array(#{codes}, ','))")
    List<String> activeWarehouses(@Param("codes") String codes);

    /** Keeps every row naming a warehouse that cannot take stock; returns how many. */
    @Insert("INSERT INTO warehouse.import_problem (job_id, line, field, message) SELECT job_id, line, 'warehouse', "
            + "'no active warehouse ' || warehouse_code FROM warehouse.import_row "
            + "WHERE job_id = #{id} AND warehouse_code = ANY(string_to_array(#{codes}, ','))")
    int storeRowsIn(@Param("id") long id, @Param("codes") String codes);

    /** Keeps every row after the first of the same SKU and warehouse; returns how many. */
    @Insert("INSERT INTO warehouse.import_problem (job_id, line, field, message) SELECT #{id}, line, 'sku', "
            + "sku || ' in ' || warehouse_code || ' appears twice' FROM (SELECT line, sku, warehouse_code, "
            + "row_number() OVER (PARTITION BY sku, warehouse_code ORDER BY line) AS n FROM warehouse.import_row "
            + "WHERE job_id = #{id}) numbered WHERE n > 1")
    int storeRepeatedRows(@Param("id") long id);

    /** Keeps every row whose stock is already on record (opening stock comes once); returns how many. */
    @Insert("INSERT INTO warehouse.import_problem (job_id, line, field, message) SELECT r.job_id, r.line, 'sku', "
            + "'stock of ' || r.sku || ' in ' || r.warehouse_code || ' is already recorded' FROM warehouse.import_row r "
            + "JOIN warehouse.warehouse w ON w.code = r.warehouse_code "
            + "JOIN warehouse.stock s ON s.sku = r.sku AND s.warehouse_id = w.id WHERE r.job_id = #{id}")
    int storeRecordedRows(@Param("id") long id);

    /** The first rule breaks kept for a refused job, first rows first. */
    @Select("SELECT line, field, message FROM warehouse.import_problem WHERE job_id = #{id} ORDER BY line, field, message LIMIT " + LISTED)
    List<RejectedRow> firstProblems(@Param("id") long id);

    /** Every rule break kept for a refused job, first rows first, streamed (the file of rejected rows). */
    @Select("SELECT line, field, message FROM warehouse.import_problem WHERE job_id = #{id} ORDER BY line, field, message")
    @Options(resultSetType = ResultSetType.FORWARD_ONLY, fetchSize = 2000)
    @ResultType(RejectedRow.class)
    void allProblems(@Param("id") long id, ResultHandler<RejectedRow> problems);

    @Select("SELECT COALESCE(max(line), 0) FROM warehouse.import_row WHERE job_id = #{id}")
    int lastLine(@Param("id") long id);

    /**
     * Loads a range of staged rows in one statement: the stock rows, their opening movements and any SKU new to the
     * warehouse; returns the rows loaded.
     */
    @Select("WITH added AS (INSERT INTO warehouse.stock (sku, warehouse_id, on_hand) SELECT r.sku, w.id, r.quantity "
            + "FROM warehouse.import_row r JOIN warehouse.warehouse w ON w.code = r.warehouse_code "
            + "WHERE r.job_id = #{id} AND r.line > #{from} AND r.line <= #{to} RETURNING sku, warehouse_id, on_hand), "
            + "skus AS (INSERT INTO warehouse.sku (sku) SELECT DISTINCT sku FROM added ON CONFLICT DO NOTHING), "
            + "moved AS (INSERT INTO warehouse.movement (actor, sku, warehouse_id, kind, on_hand_delta, reason, reference) "
            + "SELECT #{actor}, sku, warehouse_id, 'OPENING', on_hand, 'opening stock import', #{reference} FROM added RETURNING 1) "
            + "SELECT count(*) FROM moved")
    int load(@Param("id") long id, @Param("from") int fromLine, @Param("to") int toLine, @Param("actor") String actor,
             @Param("reference") String reference);

    /** Room to sort and hash millions of staged rows, in this transaction only. */
    @Update("SET LOCAL work_mem = '64MB'")
    void allowLargeSorts();

    /** Each batch planned for its own range of lines, never a generic plan made for any range (in this transaction). */
    @Update("SET LOCAL plan_cache_mode = force_custom_plan")
    void planEachBatch();
}
