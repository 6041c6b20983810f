package io.mercato.procurement.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface SupplierMapper {
    String COLUMNS = "id, code, name, contact_name, contact_phone, contact_email, array_to_string(categories, ',') AS categories, "
            + "payment_terms, status, status_reason, org_department, created_by, created_at, updated_at";
    /** {@code q} is an escaped contains-pattern; {@code status} narrows exactly. */
    String FILTER = "<where><if test='q != null'>(code ILIKE #{q} OR name ILIKE #{q})</if>"
            + "<if test='status != null'> AND status = #{status}</if>"
            + "<if test='afterCode != null'> AND code &gt; #{afterCode}</if></where>";

    @Select("SELECT " + COLUMNS + " FROM procurement.supplier WHERE code = #{code}")
    SupplierRow find(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM procurement.supplier WHERE code = #{code} FOR UPDATE")
    SupplierRow lock(@Param("code") String code);

    @Select("SELECT " + COLUMNS + " FROM procurement.supplier WHERE id = #{id}")
    SupplierRow byId(@Param("id") long id);

    @Select("<script>SELECT " + COLUMNS + " FROM procurement.supplier " + FILTER
            + " ORDER BY code LIMIT #{limit} OFFSET #{offset}</script>")
    List<SupplierRow> search(@Param("q") String q, @Param("status") String status, @Param("afterCode") String afterCode,
                             @Param("limit") int limit, @Param("offset") int offset);

    @Select("<script>SELECT count(*) FROM (SELECT 1 FROM procurement.supplier "
            + "<where><if test='q != null'>(code ILIKE #{q} OR name ILIKE #{q})</if><if test='status != null'> AND status = #{status}</if></where>"
            + " LIMIT #{limit}) counted</script>")
    long count(@Param("q") String q, @Param("status") String status, @Param("limit") int limit);

    @Select("INSERT INTO procurement.supplier (code, name, contact_name, contact_phone, contact_email, categories, payment_terms, "
            + "org_department, created_by) VALUES (#{code}, #{name}, #{contactName}, #{contactPhone}, #{contactEmail}, "
            + "string_to_array(#{categories}, ','), #{paymentTerms}, #{orgDepartment}, #{createdBy}) "
            + "ON CONFLICT (code) DO NOTHING RETURNING " + COLUMNS)
    SupplierRow insert(@Param("code") String code, @Param("name") String name, @Param("contactName") String contactName,
                       @Param("contactPhone") String contactPhone, @Param("contactEmail") String contactEmail,
                       @Param("categories") String categories, @Param("paymentTerms") String paymentTerms,
                       @Param("orgDepartment") String orgDepartment, @Param("createdBy") String createdBy);

    @Update("UPDATE procurement.supplier SET name = #{name}, contact_name = #{contactName}, contact_phone = #{contactPhone}, "
            + "contact_email = #{contactEmail}, categories = string_to_array(#{categories}, ','), payment_terms = #{paymentTerms}, "
            + "updated_at = now() WHERE code = #{code}")
    int update(@Param("code") String code, @Param("name") String name, @Param("contactName") String contactName,
               @Param("contactPhone") String contactPhone, @Param("contactEmail") String contactEmail,
               @Param("categories") String categories, @Param("paymentTerms") String paymentTerms);

    @Update("UPDATE procurement.supplier SET status = #{status}, status_reason = #{reason}, updated_at = now() WHERE code = #{code}")
    int setStatus(@Param("code") String code, @Param("status") String status, @Param("reason") String reason);

    @Update("UPDATE procurement.supplier SET org_department = #{to} WHERE org_department = #{from}")
    int reown(@Param("from") String from, @Param("to") String to);
}
