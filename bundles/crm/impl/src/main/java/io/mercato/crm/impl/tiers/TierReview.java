package io.mercato.crm.impl.tiers;

import io.mercato.crm.api.CrmEvents;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberOrderMapper;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.TierMapper;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.crm.impl.persistence.TwelveMonthsRow;
import io.mercato.platform.api.persistence.TransactionContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reviews one member's tier inside a caller's transaction: on every delivered or returned order, and nightly on review dates. */
@Component(service = TierReview.class)
public class TierReview {
    private final Tiers tiers;

    @Activate
    public TierReview(@Reference Tiers tiers) {
        this.tiers = tiers;
    }

    /** Reviews the member (its row locked); returns the decision, a change recorded, audited and published. */
    public TierRules.Decision review(TransactionContext tx, long memberId, LocalDate today, String why) {
        MemberRow member = tx.mapper(MemberMapper.class).lock(memberId);
        List<TierRow> ladder = tiers.ladder(tx);
        TierRow held = Tiers.named(ladder, member.tierCode());
        TwelveMonthsRow figures = tx.mapper(MemberOrderMapper.class).twelveMonths(memberId, ShopTime.startOf(today.minusYears(1)));
        TierRules.Decision decision = TierRules.decide(ladder, held, member.tierReviewOn(), figures.spend(), figures.orders(), today);
        if (decision.kind() == TierRules.Kind.KEPT) {
            return decision;
        }
        tx.mapper(MemberMapper.class).setTier(memberId, decision.tier().code(), today, decision.reviewOn());
        if (decision.kind() == TierRules.Kind.RENEWED) {
            return decision;
        }
        String reason = decision.kind().name().toLowerCase(java.util.Locale.ROOT) + ": " + why + "; 12 months " + figures.spend().toPlainString()
                + " in " + figures.orders() + " orders";
        tx.mapper(TierMapper.class).recordChange(memberId, held.code(), decision.tier().code(), figures.spend(), figures.orders(), reason,
                decision.reviewOn(), tx.actor().username());
        tx.audit("crm.tier-changed", "member", member.code(), Map.of("from", held.code(), "to", decision.tier().code(),
                "spend12m", figures.spend().toPlainString(), "orders12m", figures.orders(), "reviewOn", decision.reviewOn().toString()));
        tx.publish(CrmEvents.TIER_CHANGED, Map.of(CrmEvents.MEMBER, member.code(), CrmEvents.FROM, held.code(), CrmEvents.TO,
                decision.tier().code()));
        return decision;
    }
}
