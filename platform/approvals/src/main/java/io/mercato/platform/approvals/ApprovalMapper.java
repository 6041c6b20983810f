package io.mercato.platform.approvals;

import io.mercato.platform.api.approval.ApprovalStep;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface ApprovalMapper {
    String COLUMNS = "id, document_type, document_id, summary, amount, owner_department, submitter, status, "
            + "waiting_for_position, required_level, org_department";

    @Select("SELECT document_type, min_amount, required_level FROM approvals.rule WHERE document_type = #{type} ORDER BY min_amount")
    List<RuleRow> rulesFor(@Param("type") String documentType);

    @Select("INSERT INTO approvals.approval (document_type, document_id, summary, amount, owner_department, submitter, status, "
            + "waiting_for_position, required_level, org_department) VALUES (#{type}, #{documentId}, #{summary}, #{amount}, "
            + "#{owner}, #{submitter}, #{status}, #{waitingFor}, #{requiredLevel}, #{orgDepartment}) RETURNING id")
    long insert(@Param("type") String documentType, @Param("documentId") String documentId, @Param("summary") String summary,
                @Param("amount") BigDecimal amount, @Param("owner") String owner, @Param("submitter") String submitter,
                @Param("status") String status, @Param("waitingFor") String waitingFor, @Param("requiredLevel") String requiredLevel,
                @Param("orgDepartment") String orgDepartment);

    @Insert("INSERT INTO approvals.step (approval_id, actor, position_code, decision, comment) "
            + "VALUES (#{id}, #{actor}, #{position}, #{decision}, #{comment})")
    void step(@Param("id") long approvalId, @Param("actor") String actor, @Param("position") String position,
              @Param("decision") String decision, @Param("comment") String comment);

    @Select("SELECT " + COLUMNS + " FROM approvals.approval WHERE id = #{id}")
    ApprovalRow find(@Param("id") long id);

    @Select("SELECT " + COLUMNS + " FROM approvals.approval WHERE id = #{id} FOR UPDATE")
    ApprovalRow lock(@Param("id") long id);

    @Update("UPDATE approvals.approval SET status = #{status}, waiting_for_position = #{waitingFor} WHERE id = #{id}")
    void move(@Param("id") long id, @Param("status") String status, @Param("waitingFor") String waitingFor);

    @Select("SELECT actor, position_code, decision, comment, at FROM approvals.step WHERE approval_id = #{id} ORDER BY id")
    List<ApprovalStep> steps(@Param("id") long approvalId);

    /** Pending approvals waiting for the position, oldest first: from the start or after a cursor's id. */
    @Select("<script>SELECT " + COLUMNS + " FROM approvals.approval WHERE status = 'PENDING' AND waiting_for_position = #{position}"
            + "<if test='afterId != null'> AND id &gt; #{afterId}</if> ORDER BY id LIMIT #{limit} OFFSET #{offset}</script>")
    List<ApprovalRow> waitingFor(@Param("position") String position, @Param("afterId") Long afterId, @Param("limit") int limit,
                                 @Param("offset") int offset);

    @Select("SELECT count(*) FROM (SELECT 1 FROM approvals.approval WHERE status = 'PENDING' AND waiting_for_position = #{position} "
            + "LIMIT #{limit}) waiting")
    long countWaitingFor(@Param("position") String position, @Param("limit") int limit);

    /** The steps of a page of approvals in one query. */
    @Select("<script>SELECT approval_id, actor, position_code, decision, comment, at FROM approvals.step WHERE approval_id IN "
            + "<foreach item='id' collection='ids' open='(' separator=',' close=')'>#{id}</foreach> ORDER BY approval_id, id</script>")
    List<StepOfRow> stepsOf(@Param("ids") List<Long> approvalIds);

    @Select("UPDATE approvals.approval SET org_department = #{to} WHERE org_department = #{from} RETURNING id")
    List<Long> reownAll(@Param("from") String fromDepartment, @Param("to") String toDepartment);

    /** Approvals of the department that were submitted from one of the given positions. */
    @Select("<script>UPDATE approvals.approval a SET org_department = #{to} WHERE org_department = #{from} "
            + "AND EXISTS (SELECT 1 FROM approvals.step s WHERE s.approval_id = a.id AND s.decision = 'SUBMIT' "
            + "AND s.position_code IN <foreach item='p' collection='positions' open='(' separator=',' close=')'>#{p}</foreach>) "
            + "RETURNING id</script>")
    List<Long> reownSubmittedFrom(@Param("from") String fromDepartment, @Param("to") String toDepartment,
                                  @Param("positions") List<String> positions);

    @Select("SELECT document_type, min_amount, required_level FROM approvals.rule ORDER BY document_type, min_amount")
    List<RuleRow> rules();

    @Select("SELECT document_type, min_amount, required_level FROM approvals.rule WHERE document_type = #{type} "
            + "ORDER BY min_amount FOR UPDATE")
    List<RuleRow> lockRules(@Param("type") String documentType);

    @org.apache.ibatis.annotations.Delete("DELETE FROM approvals.rule WHERE document_type = #{type}")
    void deleteRules(@Param("type") String documentType);

    @Insert("INSERT INTO approvals.rule (document_type, min_amount, required_level) VALUES (#{type}, #{minAmount}, #{level})")
    void insertRule(@Param("type") String documentType, @Param("minAmount") BigDecimal minAmount, @Param("level") String level);
}
