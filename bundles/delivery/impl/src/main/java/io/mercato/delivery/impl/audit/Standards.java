package io.mercato.delivery.impl.audit;

import io.mercato.platform.api.settings.SettingsDocument;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;

/**
 * One version of headquarters' delivery standards and penalties: what a day late costs (after a grace), a damaged or
 * lost package, a customer complaint, in yuan and points; how long a courier may object to a penalty; the on-time rate
 * a courier is held to. Anything a version leaves out takes the default.
 */
public record Standards(BigDecimal latePerDay, Integer lateGraceDays, Integer latePointsPerDay, BigDecimal damaged, Integer damagedPoints,
                        BigDecimal lost, Integer lostPoints, BigDecimal complaint, Integer complaintPoints, Integer disputeDays,
                        Integer onTimeTargetPercent) implements SettingsDocument<Standards> {
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("999999.99");
    public static final Standards DEFAULTS = new Standards(new BigDecimal("5.00"), 0, 1, new BigDecimal("50.00"), 3, new BigDecimal("200.00"), 10,
            new BigDecimal("20.00"), 2, 7, 95);

    @Override
    public Standards complete() {
        return new Standards(or(latePerDay, DEFAULTS.latePerDay), or(lateGraceDays, DEFAULTS.lateGraceDays),
                or(latePointsPerDay, DEFAULTS.latePointsPerDay), or(damaged, DEFAULTS.damaged), or(damagedPoints, DEFAULTS.damagedPoints),
                or(lost, DEFAULTS.lost), or(lostPoints, DEFAULTS.lostPoints), or(complaint, DEFAULTS.complaint),
                or(complaintPoints, DEFAULTS.complaintPoints), or(disputeDays, DEFAULTS.disputeDays),
                or(onTimeTargetPercent, DEFAULTS.onTimeTargetPercent));
    }

    @Override
    public void validate() {
        Check check = Check.input();
        money(check, "latePerDay", latePerDay);
        money(check, "damaged", damaged);
        money(check, "lost", lost);
        money(check, "complaint", complaint);
        range(check, "lateGraceDays", lateGraceDays, 0, 30);
        range(check, "latePointsPerDay", latePointsPerDay, 0, 100);
        range(check, "damagedPoints", damagedPoints, 0, 100);
        range(check, "lostPoints", lostPoints, 0, 100);
        range(check, "complaintPoints", complaintPoints, 0, 100);
        range(check, "disputeDays", disputeDays, 1, 90);
        range(check, "onTimeTargetPercent", onTimeTargetPercent, 1, 100);
        check.validate();
    }

    /** The penalty of a kind: its amount and points (for LATE, per day late). */
    BigDecimal amount(String kind) {
        return switch (kind) {
            case "LATE" -> latePerDay;
            case "DAMAGED" -> damaged;
            case "LOST" -> lost;
            default -> complaint;
        };
    }

    int points(String kind) {
        return switch (kind) {
            case "LATE" -> latePointsPerDay;
            case "DAMAGED" -> damagedPoints;
            case "LOST" -> lostPoints;
            default -> complaintPoints;
        };
    }

    private static void money(Check check, String field, BigDecimal value) {
        check.money(field, value, false, MAX_AMOUNT);
    }

    private static void range(Check check, String field, Integer value, int min, int max) {
        check.rule(value == null || value >= min && value <= max, field, "must be between " + min + " and " + max);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
