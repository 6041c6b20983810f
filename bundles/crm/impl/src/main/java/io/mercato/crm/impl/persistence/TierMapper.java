package io.mercato.crm.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

public interface TierMapper {
    /** The ladder's codes, lowest first (the rules of each are the tier rules document's). */
    @Select("SELECT code FROM crm.tier ORDER BY rank")
    List<String> codes();

    @Insert("INSERT INTO crm.tier_change (member_id, from_tier, to_tier, spend_12m, orders_12m, reason, review_on, changed_by) VALUES "
            + "(#{memberId}, #{from}, #{to}, #{spend}, #{orders}, #{reason}, #{reviewOn}, #{actor})")
    int recordChange(@Param("memberId") long memberId, @Param("from") String from, @Param("to") String to, @Param("spend") BigDecimal spend,
                     @Param("orders") int orders, @Param("reason") String reason, @Param("reviewOn") LocalDate reviewOn,
                     @Param("actor") String actor);

    @Select("SELECT id, from_tier, to_tier, spend_12m, orders_12m, reason, review_on, changed_by, changed_at FROM crm.tier_change "
            + "WHERE member_id = #{memberId} ORDER BY id DESC LIMIT #{limit}")
    List<TierChangeRow> changes(@Param("memberId") long memberId, @Param("limit") int limit);
}
