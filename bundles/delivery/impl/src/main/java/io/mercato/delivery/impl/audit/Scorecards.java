package io.mercato.delivery.impl.audit;

import io.mercato.delivery.impl.persistence.AuditMapper;
import io.mercato.delivery.impl.persistence.ScorecardRow;
import io.mercato.delivery.impl.service.DeliveryDatabase;
import io.mercato.delivery.impl.service.ShopCalendar;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The monthly courier scorecard: packages shipped in the month, on-time rate against the promised day, first-attempt
 * success, damage and loss rate, valid-tracking rate (packages the courier reported on at all), complaints, and the
 * penalties that stand — charged up to the contract's monthly cap. Rates of a courier with no package are empty, not 100 %.
 */
@Component(service = Scorecards.class)
public class Scorecards {
    private final Transactions transactions;
    private final VersionedSettings<Standards> standards;

    @Activate
    public Scorecards(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
        this.standards = database.standards();
    }

    public record Line(String courier, String name, long shipments, long delivered, BigDecimal onTimePercent, BigDecimal firstAttemptPercent,
                       BigDecimal damageLossPercent, BigDecimal validTrackingPercent, long complaints, BigDecimal penalties,
                       BigDecimal penaltiesCharged, BigDecimal cap, long points, Boolean meetsOnTimeTarget) {
    }

    public record Card(String month, int onTimeTargetPercent, List<Line> couriers) {
    }

    public Card card(String month) {
        Check check = Check.input();
        YearMonth period = month(check, month, YearMonth.now(ShopCalendar.ZONE));
        check.validate();
        int target = standards.current().settings().onTimeTargetPercent();
        List<ScorecardRow> rows = transactions.read(tx -> tx.mapper(AuditMapper.class).scorecard(
                period.atDay(1).atStartOfDay(ShopCalendar.ZONE).toInstant(), period.plusMonths(1).atDay(1).atStartOfDay(ShopCalendar.ZONE).toInstant()));
        return new Card(period.toString(), target, rows.stream().map(row -> line(row, target)).toList());
    }

    static Line line(ScorecardRow row, int target) {
        BigDecimal onTime = percent(row.onTime(), row.delivered());
        BigDecimal charged = row.cap() == null ? row.penalties() : row.penalties().min(row.cap());
        return new Line(row.courier(), row.name(), row.shipments(), row.delivered(), onTime, percent(row.firstAttempt(), row.delivered()),
                percent(row.damaged() + row.lost(), row.shipments()), percent(row.tracked(), row.shipments()), row.complaints(),
                row.penalties(), charged, row.cap(), row.points(), onTime == null ? null : onTime.compareTo(BigDecimal.valueOf(target)) >= 0);
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** {@code 2026-11}, or the fallback when none is given. */
    static YearMonth month(Check check, String month, YearMonth fallback) {
        if (month == null || month.isBlank()) {
            return fallback;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            check.rule(false, "month", "must be a month like 2026-11");
            return null;
        }
    }
}
