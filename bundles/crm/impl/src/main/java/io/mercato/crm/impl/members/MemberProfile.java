package io.mercato.crm.impl.members;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberOrderMapper;
import io.mercato.crm.impl.persistence.MemberOrderRow;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.TierChangeRow;
import io.mercato.crm.impl.persistence.TierMapper;
import io.mercato.crm.impl.persistence.TwelveMonthsRow;
import io.mercato.crm.impl.tiers.Tiers;
import io.mercato.platform.api.persistence.Transactions;
import java.math.BigDecimal;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** A member's profile page: the member, its rolling twelve months, its latest orders and its tier history. */
@Component(service = MemberProfile.class)
public class MemberProfile {
    private final Transactions transactions;
    private final Tiers tiers;

    public record Profile(Member member, BigDecimal spend12m, int orders12m, List<MemberOrderRow> orders, List<TierChangeRow> tierHistory) {
    }

    @Activate
    public MemberProfile(@Reference CrmDatabase database, @Reference Tiers tiers) {
        this.transactions = database.transactions();
        this.tiers = tiers;
    }

    public Profile profile(String code) {
        return transactions.read(tx -> {
            MemberRow row = Members.require(tx, code);
            MemberOrderMapper orders = tx.mapper(MemberOrderMapper.class);
            TwelveMonthsRow figures = orders.twelveMonths(row.id(), ShopTime.startOf(ShopTime.today().minusYears(1)));
            return new Profile(Member.of(row, tiers.ladder(tx)), figures.spend(), figures.orders(), orders.recent(row.id(), 50),
                    tx.mapper(TierMapper.class).changes(row.id(), 50));
        });
    }
}
