package io.mercato.siteops.impl.persistence;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface UploadMapper {
    String UPLOAD = "SELECT u.id, u.number, u.product_id, p.code AS product_code, p.status AS product_status, p.merchant_code, u.kind, u.step, "
            + "c.code AS category_code, u.title, u.description, u.listing_title, u.list_at, u.delist_at, u.stock_check::text AS stock_check, "
            + "u.submitted_by, u.submitted_at, u.updated_at FROM siteops.upload u JOIN siteops.product p ON p.id = u.product_id "
            + "JOIN siteops.category c ON c.id = u.category_id";
    String FILTER = "<where><if test='step != null'>u.step = #{step}</if>"
            + "<if test='open'> AND u.step NOT IN ('LISTED', 'SENT_BACK')</if>"
            + "<if test='q != null'> AND (u.title ILIKE #{q} OR p.code ILIKE #{q} OR u.number ILIKE #{q})</if>"
            + "<if test='product != null'> AND p.code = #{product}</if>";

    /** The new upload's id, or null while the product has another upload in progress. */
    @Select("INSERT INTO siteops.upload (product_id, kind, step, category_id, title, description, submitted_by) VALUES (#{productId}, #{kind}, "
            + "'CONFIRM', #{categoryId}, #{title}, #{description}, #{submittedBy}) ON CONFLICT DO NOTHING RETURNING id")
    Long insert(@Param("productId") long productId, @Param("kind") String kind, @Param("categoryId") long categoryId,
                @Param("title") String title, @Param("description") String description, @Param("submittedBy") String submittedBy);

    @Select(UPLOAD + " WHERE u.id = #{id}")
    UploadRow byId(@Param("id") long id);

    @Select(UPLOAD + " WHERE u.number = #{number}")
    UploadRow upload(@Param("number") String number);

    @Select(UPLOAD + " WHERE u.number = #{number} FOR UPDATE OF u")
    UploadRow lock(@Param("number") String number);

    @Select(UPLOAD + " WHERE u.product_id = #{productId} AND u.step NOT IN ('LISTED', 'SENT_BACK')")
    UploadRow openOf(@Param("productId") long productId);

    @Select("<script>" + UPLOAD + FILTER + "<if test='beforeId != null'> AND u.id &lt; #{beforeId}</if></where> "
            + "ORDER BY u.id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<UploadRow> search(@Param("step") String step, @Param("open") boolean open, @Param("q") String q, @Param("product") String product,
                           @Param("beforeId") Long beforeId, @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM siteops.upload u JOIN siteops.product p ON p.id = u.product_id" + FILTER
            + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("step") String step, @Param("open") boolean open, @Param("q") String q, @Param("product") String product,
               @Param("limit") int limit);

    /** Uploads in progress per state, for the board's column heads. */
    @Select("SELECT step, count(*) AS uploads FROM siteops.upload WHERE step NOT IN ('LISTED', 'SENT_BACK') GROUP BY step")
    List<StepCountRow> openPerStep();

    @Update("UPDATE siteops.upload SET step = #{step}, updated_at = now() WHERE id = #{id}")
    int moveTo(@Param("id") long id, @Param("step") String step);

    @Update("UPDATE siteops.upload SET category_id = #{categoryId}, title = #{title}, description = #{description}, "
            + "stock_check = #{stockCheck}::jsonb, updated_at = now() WHERE id = #{id}")
    int checked(@Param("id") long id, @Param("categoryId") long categoryId, @Param("title") String title,
                @Param("description") String description, @Param("stockCheck") String stockCheck);

    @Update("UPDATE siteops.upload SET listing_title = #{listingTitle}, list_at = #{listAt}, delist_at = #{delistAt}, updated_at = now() "
            + "WHERE id = #{id}")
    int schedule(@Param("id") long id, @Param("listingTitle") String listingTitle, @Param("listAt") Instant listAt,
                 @Param("delistAt") Instant delistAt);

    @Update("INSERT INTO siteops.upload_step (upload_id, step, action, actor, comment) VALUES (#{uploadId}, #{step}, #{action}, #{actor}, "
            + "#{comment})")
    int recordStep(@Param("uploadId") long uploadId, @Param("step") String step, @Param("action") String action, @Param("actor") String actor,
                   @Param("comment") String comment);

    @Select("SELECT step, action, actor, comment, at FROM siteops.upload_step WHERE upload_id = #{uploadId} ORDER BY id")
    List<UploadStepRow> steps(@Param("uploadId") long uploadId);

    @Select("SELECT number FROM siteops.upload WHERE step = 'SCHEDULED' AND list_at <= #{now} ORDER BY list_at, id LIMIT #{limit}")
    List<String> dueForListing(@Param("now") Instant now, @Param("limit") int limit);

    @Select("SELECT code FROM siteops.product WHERE status = 'LISTED' AND delist_at <= #{now} ORDER BY delist_at, id LIMIT #{limit}")
    List<String> dueForDelisting(@Param("now") Instant now, @Param("limit") int limit);

    /** The upload's base data and listing plan become the live version. */
    @Update("UPDATE siteops.product p SET status = 'LISTED', category_id = u.category_id, title = u.title, description = u.description, "
            + "listing_title = u.listing_title, listed_at = now(), delist_at = u.delist_at, revision = p.revision + 1, updated_at = now() "
            + "FROM siteops.upload u WHERE u.id = #{uploadId} AND p.id = u.product_id")
    int list(@Param("uploadId") long uploadId);

    @Update("UPDATE siteops.product SET status = #{status}, updated_at = now() WHERE id = #{productId}")
    int productStatus(@Param("productId") long productId, @Param("status") String status);

    @Update("UPDATE siteops.product SET status = 'DELISTED', delist_at = NULL, updated_at = now() WHERE id = #{productId} AND status = 'LISTED'")
    int delist(@Param("productId") long productId);
}
