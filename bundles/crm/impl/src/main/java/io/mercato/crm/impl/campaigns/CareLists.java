package io.mercato.crm.impl.campaigns;

import io.mercato.crm.impl.members.Member;
import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CalendarDayRow;
import io.mercato.crm.impl.persistence.CalendarMapper;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.tiers.Tiers;
import io.mercato.crm.impl.persistence.TierRow;
import io.mercato.platform.api.persistence.Transactions;
import java.time.LocalDate;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * VIP care for the day: members whose birthday it is, and on a holiday of the team's calendar the VIP members (gold and
 * above) to greet. Each list says who has agreed to be contacted.
 */
@Component(service = CareLists.class)
public class CareLists {
    /** The lowest tier rank counted as VIP. */
    static final int VIP_RANK = 2;
    private static final int MAX = 500;
    private final Transactions transactions;
    private final Tiers tiers;

    public record CareList(LocalDate day, String holiday, List<Member> birthdays, List<Member> holidayGreetings) {
    }

    @Activate
    public CareLists(@Reference CrmDatabase database, @Reference Tiers tiers) {
        this.transactions = database.transactions();
        this.tiers = tiers;
    }

    /** The care list of a day ({@code yyyy-MM-dd}; today when absent). */
    public CareList forDay(String day) {
        LocalDate date;
        try {
            date = day == null || day.isBlank() ? ShopTime.today() : LocalDate.parse(day.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new io.mercato.platform.api.ValidationException("date", "must be a date like 2026-11-30");
        }
        return transactions.read(tx -> {
            List<TierRow> ladder = tiers.ladder(tx);
            MemberMapper members = tx.mapper(MemberMapper.class);
            String holiday = tx.mapper(CalendarMapper.class).daysFrom(date).stream()
                    .filter(d -> d.day().equals(date) && "HOLIDAY".equals(d.kind())).map(CalendarDayRow::name).findFirst().orElse(null);
            List<Member> birthdays = members.birthdays(date.getMonthValue(), date.getDayOfMonth(), MAX).stream()
                    .map(row -> Member.of(row, ladder)).toList();
            List<Member> greetings = holiday == null ? List.of() : members.vips(VIP_RANK, MAX).stream().map(row -> Member.of(row, ladder)).toList();
            return new CareList(date, holiday, birthdays, greetings);
        });
    }
}
