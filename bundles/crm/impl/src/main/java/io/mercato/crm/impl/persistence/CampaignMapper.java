package io.mercato.crm.impl.persistence;

import java.util.List;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface CampaignMapper {
    String COLUMNS = "c.id, c.number, c.name, c.segment_id, s.code AS segment_code, c.channel, c.subject, c.body, c.status, c.total, c.sent, "
            + "c.failed, c.opted_out, c.no_address, c.last_member_id, c.started_by, c.started_at, c.finished_at, c.created_by, c.created_at";
    String FROM = " FROM crm.campaign c JOIN crm.segment s ON s.id = c.segment_id";

    @Select("INSERT INTO crm.campaign (name, segment_id, channel, subject, body, status, created_by) VALUES (#{name}, #{segmentId}, "
            + "#{channel}, #{subject}, #{body}, 'DRAFT', #{createdBy}) RETURNING id")
    long insert(@Param("name") String name, @Param("segmentId") long segmentId, @Param("channel") String channel,
                @Param("subject") String subject, @Param("body") String body, @Param("createdBy") String createdBy);

    @Select("SELECT " + COLUMNS + FROM + " WHERE c.number = #{number}")
    CampaignRow find(@Param("number") String number);

    @Select("SELECT " + COLUMNS + FROM + " WHERE c.id = #{id}")
    CampaignRow byId(@Param("id") long id);

    @Select("SELECT " + COLUMNS + FROM + " WHERE c.id = #{id} FOR UPDATE OF c")
    CampaignRow lock(@Param("id") long id);

    @Select("SELECT " + COLUMNS + FROM + " ORDER BY c.id DESC LIMIT 200")
    List<CampaignRow> all();

    @Select("SELECT id FROM crm.campaign WHERE status = 'SENDING' ORDER BY id")
    List<Long> sending();

    @Update("UPDATE crm.campaign SET status = 'SENDING', total = #{total}, started_by = #{actor}, started_at = now() WHERE id = #{id} "
            + "AND status = 'DRAFT'")
    int start(@Param("id") long id, @Param("total") int total, @Param("actor") String actor);

    @Update("UPDATE crm.campaign SET status = #{to} WHERE id = #{id} AND status = #{from}")
    int move(@Param("id") long id, @Param("from") String from, @Param("to") String to);

    @Update("UPDATE crm.campaign SET status = 'DONE', finished_at = now() WHERE id = #{id} AND status = 'SENDING'")
    int finish(@Param("id") long id);

    @Update("UPDATE crm.campaign SET last_member_id = #{lastMemberId} WHERE id = #{id}")
    int advance(@Param("id") long id, @Param("lastMemberId") long lastMemberId);

    /** 1 when the member is now pending for the campaign, 0 when it had it already (at most once). */
    @Update("INSERT INTO crm.campaign_message (campaign_id, member_id, status) VALUES (#{campaignId}, #{memberId}, #{status}) "
            + "ON CONFLICT DO NOTHING")
    int claim(@Param("campaignId") long campaignId, @Param("memberId") long memberId, @Param("status") String status);

    @Update("UPDATE crm.campaign_message SET status = #{status}, error = #{error}, at = now() WHERE campaign_id = #{campaignId} "
            + "AND member_id = #{memberId}")
    int settle(@Param("campaignId") long campaignId, @Param("memberId") long memberId, @Param("status") String status,
               @Param("error") String error);

    /** Recounts the campaign's results from its messages. */
    @Update("UPDATE crm.campaign c SET sent = x.sent, failed = x.failed, opted_out = x.opted_out, no_address = x.no_address FROM "
            + "(SELECT count(*) FILTER (WHERE status = 'SENT') AS sent, count(*) FILTER (WHERE status = 'FAILED') AS failed, "
            + "count(*) FILTER (WHERE status = 'OPTED_OUT') AS opted_out, count(*) FILTER (WHERE status = 'NO_ADDRESS') AS no_address "
            + "FROM crm.campaign_message WHERE campaign_id = #{id}) x WHERE c.id = #{id}")
    int recount(@Param("id") long id);
}
