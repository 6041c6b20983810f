package io.mercato.siteops.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** Images and which products show them, in order. */
public interface ImageMapper {
    String IMAGE = "SELECT i.id, '/api/siteops/images/' || i.id AS url, i.sha256, i.content_type, i.width, i.height, i.bytes, i.uploaded_by, "
            + "i.uploaded_at FROM siteops.image i";

    /** The new image's id, or null when the same bytes are already stored. */
    @Select("INSERT INTO siteops.image (sha256, content_type, width, height, bytes, data, uploaded_by) VALUES (#{sha256}, #{contentType}, "
            + "#{width}, #{height}, #{bytes}, #{data}, #{uploadedBy}) ON CONFLICT (sha256) DO NOTHING RETURNING id")
    Long insert(@Param("sha256") String sha256, @Param("contentType") String contentType, @Param("width") int width,
                @Param("height") int height, @Param("bytes") int bytes, @Param("data") byte[] data, @Param("uploadedBy") String uploadedBy);

    @Select(IMAGE + " WHERE i.sha256 = #{sha256}")
    ImageRow bySha256(@Param("sha256") String sha256);

    @Select(IMAGE + " WHERE i.id = #{id}")
    ImageRow byId(@Param("id") long id);

    @Select("SELECT id, sha256, content_type, data FROM siteops.image WHERE id = #{id}")
    ImageData data(@Param("id") long id);

    @Select("<script>SELECT count(*) FROM siteops.image WHERE id IN <foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach></script>")
    int countExisting(@Param("ids") List<Long> ids);

    @Select(IMAGE + " JOIN siteops.product_image pi ON pi.image_id = i.id WHERE pi.product_id = #{productId} ORDER BY pi.position")
    List<ImageRow> ofProduct(@Param("productId") long productId);

    @Select("<script>" + IMAGE + " JOIN unnest(#{ids}::bigint[]) WITH ORDINALITY AS wanted(id, position) ON wanted.id = i.id "
            + "ORDER BY wanted.position</script>")
    List<ImageRow> inOrder(@Param("ids") String ids);

    @Update("DELETE FROM siteops.product_image WHERE product_id = #{productId}")
    int clear(@Param("productId") long productId);

    @Update("<script>INSERT INTO siteops.product_image (product_id, position, image_id) VALUES "
            + "<foreach item='id' index='i' collection='ids' separator=','>(#{productId}, #{i} + 1, #{id})</foreach></script>")
    int attach(@Param("productId") long productId, @Param("ids") List<Long> ids);

    /** A listed revision's images become the product's (nothing happens when the revision left them as they were). */
    @Update("DELETE FROM siteops.product_image pi USING siteops.upload u WHERE u.id = #{uploadId} AND u.images IS NOT NULL "
            + "AND pi.product_id = u.product_id")
    int clearForUpload(@Param("uploadId") long uploadId);

    @Update("INSERT INTO siteops.product_image (product_id, position, image_id) SELECT u.product_id, wanted.position, wanted.id "
            + "FROM siteops.upload u, unnest(u.images) WITH ORDINALITY AS wanted(id, position) WHERE u.id = #{uploadId}")
    int attachFromUpload(@Param("uploadId") long uploadId);

    @Update("UPDATE siteops.upload SET images = #{ids}::bigint[] WHERE id = #{uploadId}")
    int propose(@Param("uploadId") long uploadId, @Param("ids") String ids);

    /** The images an upload proposes, in order; null when it leaves the product's as they are. */
    @Select("SELECT images::text FROM siteops.upload WHERE id = #{uploadId}")
    String proposed(@Param("uploadId") long uploadId);
}
