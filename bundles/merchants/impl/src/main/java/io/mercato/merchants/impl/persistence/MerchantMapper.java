package io.mercato.merchants.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface MerchantMapper {
    String COLUMNS = "id, code, company_name, licence_number, contact_name, contact_phone, contact_email, "
            + "array_to_string(categories, ',') AS categories, requested_terms, status, status_reason, approval_id, org_department, "
            + "created_by, created_at, updated_at";
    String FILTER = "<where><if test='q != null'>(code ILIKE #{q} OR company_name ILIKE #{q} OR licence_number ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if>";

    @Select("INSERT INTO merchants.merchant (code, company_name, licence_number, contact_name, contact_phone, contact_email, categories, "
            + "requested_terms, org_department, created_by) VALUES ('M-' || lpad(nextval('merchants.merchant_number')::text, 6, '0'), "
            + "#{companyName}, #{licence}, #{contactName}, #{contactPhone}, #{contactEmail}, string_to_array(#{categories}, ','), "
            + "#{requestedTerms}, #{orgDepartment}, #{createdBy}) ON CONFLICT (licence_number) DO NOTHING RETURNING code")
    String insert(@Param("companyName") String companyName, @Param("licence") String licence, @Param("contactName") String contactName,
                  @Param("contactPhone") String contactPhone, @Param("contactEmail") String contactEmail,
                  @Param("categories") String categories, @Param("requestedTerms") String requestedTerms,
                  @Param("orgDepartment") String orgDepartment, @Param("createdBy") String createdBy);

    @Select("SELECT " + COLUMNS + " FROM merchants.merchant WHERE code = #{code}")
    MerchantRow find(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM merchants.merchant WHERE code = #{code} FOR UPDATE")
    MerchantRow lock(@Param("code") String code);

    @Select("<script>SELECT " + COLUMNS + " FROM merchants.merchant " + FILTER
            + "<if test='beforeId != null'> AND id &lt; #{beforeId}</if></where> ORDER BY id DESC LIMIT #{limit} OFFSET #{offset}</script>")
    List<MerchantRow> search(@Param("q") String q, @Param("status") String status, @Param("beforeId") Long beforeId,
                             @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM merchants.merchant " + FILTER + "</where> LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("limit") int limit);

    @Update("UPDATE merchants.merchant SET status = #{status}, status_reason = #{reason}, updated_at = now() WHERE id = #{id}")
    int setStatus(@Param("id") long id, @Param("status") String status, @Param("reason") String reason);

    @Update("UPDATE merchants.merchant SET approval_id = #{approvalId}, updated_at = now() WHERE id = #{id}")
    int setApproval(@Param("id") long id, @Param("approvalId") long approvalId);

    @Insert("INSERT INTO merchants.status_change (merchant_id, from_status, to_status, reason, actor) "
            + "VALUES (#{id}, #{from}, #{to}, #{reason}, #{actor})")
    void recordChange(@Param("id") long id, @Param("from") String from, @Param("to") String to, @Param("reason") String reason,
                      @Param("actor") String actor);

    @Select("SELECT from_status, to_status, reason, actor, at FROM merchants.status_change WHERE merchant_id = #{id} ORDER BY id")
    List<StatusChangeRow> history(@Param("id") long merchantId);

    @Update("UPDATE merchants.merchant SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);
}
