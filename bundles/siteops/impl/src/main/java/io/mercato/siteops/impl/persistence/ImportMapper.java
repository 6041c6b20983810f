package io.mercato.siteops.impl.persistence;

import io.mercato.platform.api.jobs.ImportJobs;
import io.mercato.platform.api.jobs.RejectedRow;
import java.util.List;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.ResultType;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;
import org.apache.ibatis.mapping.ResultSetType;
import org.apache.ibatis.session.ResultHandler;

/**
 * Product CSV imports: the job, its staged rows, the checks over all of them at once (set based, whatever the file's
 * size) and the statements that apply them.
 */
public interface ImportMapper extends ImportJobs.Table<ImportJobRow> {
    /** The staged rows of the import being checked or applied. */
    String ROWS = "(SELECT * FROM siteops.product_import_row WHERE import_id = #{id})";
    String EXISTING = "'^P-[0-9]+$'";
    String JOB = "SELECT id, status, rows, created, updated, skus_added, error_count, errors::text AS errors, detail, created_by, created_at, "
            + "finished_at, cancel_requested_by FROM siteops.product_import";
    /** Advisory-lock namespace of product imports: whoever holds (namespace, import id) checks and applies that import. */
    int LOCK_NAMESPACE = 0x53495031;

    @Select("INSERT INTO siteops.product_import (status, created_by) VALUES ('QUEUED', #{createdBy}) RETURNING id")
    long insertJob(@Param("createdBy") String createdBy);

    @Update("UPDATE siteops.product_import SET rows = #{rows} WHERE id = #{id}")
    int describe(@Param("id") long id, @Param("rows") int rows);

    @Select(JOB + " WHERE id = #{id}")
    ImportJobRow find(@Param("id") long id);

    @Select(JOB + " ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}")
    List<ImportJobRow> recent(@Param("limit") int limit, @Param("offset") int offset);

    @Select("SELECT count(*) FROM (SELECT 1 FROM siteops.product_import LIMIT #{limit}) counted")
    long count(@Param("limit") int limit);

    /** The waiting imports, oldest first (a job cut off by a stop or a crash is still waiting). */
    @Select("SELECT id FROM siteops.product_import WHERE status = 'QUEUED' ORDER BY id LIMIT 100")
    List<Long> waiting();

    /**
     * Takes the import for this transaction; false when another node or thread checks or applies it. An advisory lock,
     * not a row lock, so that a request to stop can be written on the job while it runs.
     */
    @Select("SELECT pg_try_advisory_xact_lock(" + LOCK_NAMESPACE + ", #{id}::int)")
    boolean lock(@Param("id") long id);

    /** Asks a running import to stop before its next step; 0 when it is over or was asked already. */
    @Update("UPDATE siteops.product_import SET cancel_requested_by = #{actor} WHERE id = #{id} AND status = 'QUEUED' "
            + "AND cancel_requested_by IS NULL")
    int requestCancel(@Param("id") long id, @Param("actor") String actor);

    /** Who asked the import to stop (read committed: also while the import's own transaction runs). */
    @Select("SELECT cancel_requested_by FROM siteops.product_import WHERE id = #{id}")
    String cancelRequestedBy(@Param("id") long id);

    @Select("SELECT DISTINCT merchant FROM siteops.product_import_row WHERE import_id = #{id} AND merchant IS NOT NULL")
    List<String> merchants(@Param("id") long id);

    /** A whole catalog's checks and loads take longer than a request may, in this transaction only. */
    @Update("SET LOCAL statement_timeout = '15min'")
    void allowLongStatements();

    /** Room to sort and hash a whole file's rows, in this transaction only. */
    @Update("SET LOCAL work_mem = '64MB'")
    void allowLargeSorts();

    /** Statistics of the rows just staged, so the checks join them by hash rather than row by row. */
    @Update("ANALYZE siteops.product_import_row")
    void analyseStagedRows();

    /** Locks the existing products the file names, so nobody edits them while the import applies. */
    @Select("SELECT p.id FROM siteops.product p WHERE p.code IN (SELECT product_key FROM siteops.product_import_row "
            + "WHERE import_id = #{id} AND product_key ~ " + EXISTING + ") ORDER BY p.id FOR UPDATE OF p")
    List<Long> lockNamedProducts(@Param("id") long id);

    /**
     * Every rule a row breaks, each as (line, field, message). Rows name a product by its code (P-…) or, for a new one, by
     * a key of the file's own shared by its rows. Inside a {@code <script>}: the merchants' part is there only when some
     * merchants cannot sell.
     */
    String PROBLEMS = "SELECT r.line, 'category' AS field, 'no category ' || r.category AS message FROM " + ROWS + " r "
            + "WHERE NOT EXISTS (SELECT 1 FROM siteops.category c WHERE c.code = r.category) "
            + "UNION ALL SELECT r.line, 'product', 'no product ' || r.product_key || ' (a new product''s key must not look like a product code)' "
            + "FROM " + ROWS + " r WHERE r.product_key ~ " + EXISTING + " AND NOT EXISTS (SELECT 1 FROM siteops.product p WHERE p.code = r.product_key) "
            + "UNION ALL SELECT r.line, 'product', 'category, merchant, title or description differ from row ' || f.line || ', the first row of ' "
            + "|| r.product_key FROM " + ROWS + " r JOIN (SELECT DISTINCT ON (product_key) * FROM " + ROWS + " x ORDER BY product_key, line) f "
            + "ON f.product_key = r.product_key WHERE r.line &lt;&gt; f.line AND (r.category, r.merchant, r.title, r.description) IS DISTINCT FROM "
            + "(f.category, f.merchant, f.title, f.description) "
            + "UNION ALL SELECT r.line, 'merchant', 'cannot change once the product exists (' || r.product_key || ' is ' "
            + "|| coalesce(p.merchant_code, 'own goods') || ')' FROM " + ROWS + " r JOIN siteops.product p ON p.code = r.product_key "
            + "WHERE p.merchant_code IS DISTINCT FROM r.merchant "
            + "UNION ALL SELECT r.line, 'product', r.product_key || ' is ' || p.status || ': change a listed product in the product editor (a revision) "
            + "or after its upload' FROM " + ROWS + " r JOIN siteops.product p ON p.code = r.product_key JOIN siteops.category c ON c.id = p.category_id "
            + "LEFT JOIN siteops.sku s ON s.sku = r.sku AND s.product_id = p.id WHERE p.status IN ('LISTED', 'IN_UPLOAD') AND ("
            + "(c.code, p.title, p.description) IS DISTINCT FROM (r.category, r.title, r.description) OR (r.sku IS NOT NULL AND (s.sku IS NULL "
            + "OR (s.attributes, s.merchant_sku, s.barcode) IS DISTINCT FROM (r.attributes, r.merchant_sku, r.barcode)))) "
            + "UNION ALL SELECT line, 'sku', sku || ' is also on row ' || first FROM (SELECT line, sku, min(line) OVER (PARTITION BY sku) AS first "
            + "FROM " + ROWS + " x WHERE sku IS NOT NULL) d WHERE line &lt;&gt; first "
            + "UNION ALL SELECT r.line, 'sku', r.sku || ' belongs to product ' || p.code FROM " + ROWS + " r JOIN siteops.sku s ON s.sku = r.sku "
            + "JOIN siteops.product p ON p.id = s.product_id WHERE p.code &lt;&gt; r.product_key "
            + "UNION ALL SELECT line, 'barcode', barcode || ' is also on row ' || first FROM (SELECT line, barcode, min(line) OVER (PARTITION BY barcode) "
            + "AS first FROM " + ROWS + " x WHERE barcode IS NOT NULL) d WHERE line &lt;&gt; first "
            + "UNION ALL SELECT r.line, 'barcode', r.barcode || ' belongs to SKU ' || s.sku FROM " + ROWS + " r JOIN siteops.sku s ON s.barcode = r.barcode "
            + "WHERE s.sku IS DISTINCT FROM r.sku "
            + "<if test='merchants.size() > 0'>UNION ALL SELECT r.line, 'merchant', r.merchant || ' is no active merchant of merchant onboarding' FROM "
            + ROWS + " r WHERE r.merchant IN <foreach item='m' collection='merchants' open='(' separator=',' close=')'>#{m}</foreach></if>";

    /** Keeps every rule the import's rows break (set based, whatever the file's size); returns how many there are. */
    @Update("<script>INSERT INTO siteops.product_import_problem (import_id, line, field, message) SELECT #{id}, line, field, message FROM ("
            + PROBLEMS + ") problems</script>")
    int storeProblems(@Param("id") long id, @Param("merchants") List<String> unknownMerchants);

    /** The first rule breaks kept for a refused import, first rows first. */
    @Select("SELECT line, field, message FROM siteops.product_import_problem WHERE import_id = #{id} ORDER BY line, field, message LIMIT #{limit}")
    List<RejectedRow> firstProblems(@Param("id") long id, @Param("limit") int limit);

    /** Every rule break kept for a refused import, first rows first, streamed (the file of rejected rows). */
    @Select("SELECT line, field, message FROM siteops.product_import_problem WHERE import_id = #{id} ORDER BY line, field, message")
    @Options(resultSetType = ResultSetType.FORWARD_ONLY, fetchSize = 2000)
    @ResultType(RejectedRow.class)
    void allProblems(@Param("id") long id, ResultHandler<RejectedRow> problems);


    @Update("UPDATE siteops.product_import_row r SET product_id = p.id FROM siteops.product p WHERE r.import_id = #{id} AND p.code = r.product_key")
    int bindExisting(@Param("id") long id);

    /** Gives each new product of the file its id, in the order the file first names them (once: the ids are drawn before the join). */
    @Update("WITH fresh AS MATERIALIZED (SELECT product_key, nextval('siteops.product_id_seq') AS id FROM (SELECT product_key, min(line) AS first "
            + "FROM siteops.product_import_row WHERE import_id = #{id} AND product_id IS NULL GROUP BY product_key ORDER BY first) k) "
            + "UPDATE siteops.product_import_row r SET product_id = fresh.id FROM fresh WHERE r.import_id = #{id} AND r.product_key = fresh.product_key")
    int bindNew(@Param("id") long id);

    @Update("INSERT INTO siteops.product (id, category_id, merchant_code, title, description, status, created_by) "
            + "SELECT f.product_id, c.id, f.merchant, f.title, f.description, 'DRAFT', #{actor} FROM (SELECT DISTINCT ON (product_id) * "
            + "FROM siteops.product_import_row WHERE import_id = #{id} AND product_key !~ " + EXISTING + " ORDER BY product_id, line) f "
            + "JOIN siteops.category c ON c.code = f.category ORDER BY f.line")
    int insertProducts(@Param("id") long id, @Param("actor") String actor);

    @Update("UPDATE siteops.product p SET category_id = c.id, title = f.title, description = f.description, updated_at = now() "
            + "FROM (SELECT DISTINCT ON (product_id) * FROM siteops.product_import_row WHERE import_id = #{id} AND product_key ~ " + EXISTING
            + " ORDER BY product_id, line) f JOIN siteops.category c ON c.code = f.category WHERE p.id = f.product_id "
            + "AND p.status IN ('DRAFT', 'DELISTED') AND (p.category_id, p.title, p.description) IS DISTINCT FROM (c.id, f.title, f.description)")
    int updateProducts(@Param("id") long id);

    @Update("UPDATE siteops.sku s SET attributes = r.attributes, merchant_sku = r.merchant_sku, barcode = r.barcode "
            + "FROM siteops.product_import_row r JOIN siteops.product p ON p.id = r.product_id WHERE r.import_id = #{id} AND s.sku = r.sku "
            + "AND s.product_id = r.product_id AND p.status IN ('DRAFT', 'DELISTED') "
            + "AND (s.attributes, s.merchant_sku, s.barcode) IS DISTINCT FROM (r.attributes, r.merchant_sku, r.barcode)")
    int updateSkus(@Param("id") long id);

    @Update("INSERT INTO siteops.sku (sku, product_id, attributes, merchant_sku, barcode, position, created_by) "
            + "SELECT r.sku, r.product_id, r.attributes, r.merchant_sku, r.barcode, coalesce((SELECT max(s.position) FROM siteops.sku s "
            + "WHERE s.product_id = r.product_id), 0) + row_number() OVER (PARTITION BY r.product_id ORDER BY r.line), #{actor} "
            + "FROM siteops.product_import_row r WHERE r.import_id = #{id} AND r.sku IS NOT NULL "
            + "AND NOT EXISTS (SELECT 1 FROM siteops.sku s WHERE s.sku = r.sku) ORDER BY r.line")
    int insertSkus(@Param("id") long id, @Param("actor") String actor);

    /** An import's staged rows, once it is over either way: what it did is on the products, the job and the audit trail. */
    @Update("DELETE FROM siteops.product_import_row WHERE import_id = #{id}")
    int dropRows(@Param("id") long id);

    @Update("UPDATE siteops.product_import SET status = 'SUCCEEDED', created = #{created}, updated = #{updated}, skus_added = #{skus}, "
            + "finished_at = now() WHERE id = #{id}")
    int succeeded(@Param("id") long id, @Param("created") int created, @Param("updated") int updated, @Param("skus") int skus);

    @Update("UPDATE siteops.product_import SET status = 'FAILED', error_count = #{count}, errors = #{errors}::jsonb, detail = #{detail}, "
            + "finished_at = now() WHERE id = #{id} AND status = 'QUEUED'")
    int failed(@Param("id") long id, @Param("count") long count, @Param("errors") String errors, @Param("detail") String detail);

    @Update("UPDATE siteops.product_import SET status = 'CANCELLED', detail = #{detail}, finished_at = now() WHERE id = #{id} AND status = 'QUEUED'")
    int cancelled(@Param("id") long id, @Param("detail") String detail);

    /** Every product the search finds with each of its SKUs (a product without SKUs once), in the catalog's order, streamed. */
    @Select("<script>SELECT p.code AS product, p.status, c.code AS category, p.merchant_code AS merchant, p.title, p.description, s.sku, "
            + "s.attributes::text AS attributes, s.merchant_sku, s.barcode FROM siteops.product p JOIN siteops.category c ON c.id = p.category_id "
            + "LEFT JOIN siteops.sku s ON s.product_id = p.id" + CatalogMapper.FILTER + "</where> ORDER BY p.id, s.position</script>")
    @Options(resultSetType = ResultSetType.FORWARD_ONLY, fetchSize = 2000)
    @ResultType(ExportRow.class)
    void export(@Param("q") String q, @Param("exact") String exact, @Param("status") String status, @Param("category") String category,
                @Param("merchant") String merchant, ResultHandler<ExportRow> rows);
}
