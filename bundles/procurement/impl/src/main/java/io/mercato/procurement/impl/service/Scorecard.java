package io.mercato.procurement.impl.service;

import io.mercato.procurement.impl.persistence.MonthRow;
import io.mercato.procurement.impl.persistence.PricePointRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A supplier's scorecard over a window of months: per month the on-time rate (orders in full by their date), fill rate
 * (units accepted of units ordered) and rejected units — a month without a due order has no data (null), never 100 % —
 * the same over the whole window, the average price of its most ordered SKUs per month, and its grade.
 */
public record Scorecard(String supplier, int months, List<Month> byMonth, Totals overall, String grade, String gradeReason,
                        List<PriceTrend> prices) {
    /** Orders needed in the window before a grade is given: one late order of a new supplier says little. */
    static final int ORDERS_FOR_A_GRADE = 5;

    public record Month(YearMonth month, long due, BigDecimal onTimePercent, BigDecimal fillPercent, long rejected) {
    }

    public record Totals(long due, BigDecimal onTimePercent, BigDecimal fillPercent, long ordered, long accepted, long rejected) {
    }

    public record PriceTrend(String sku, List<PricePoint> points) {
    }

    public record PricePoint(YearMonth month, BigDecimal averagePrice, long quantity) {
    }

    /** Grades and their thresholds (on-time %, fill %): A ≥ 95/98, B ≥ 85/95, C ≥ 70/90, else D. */
    enum Grade {
        A(95, 98), B(85, 95), C(70, 90), D(0, 0);

        final int onTime;
        final int fill;

        Grade(int onTime, int fill) {
            this.onTime = onTime;
            this.fill = fill;
        }
    }

    static Scorecard of(String supplier, int months, LocalDate today, List<MonthRow> rows, List<PricePointRow> prices) {
        Map<YearMonth, MonthRow> byMonth = new LinkedHashMap<>();
        rows.forEach(row -> byMonth.put(YearMonth.from(row.month()), row));
        List<Month> result = new ArrayList<>();
        YearMonth last = YearMonth.from(today);
        for (YearMonth month = last.minusMonths(months - 1L); !month.isAfter(last); month = month.plusMonths(1)) {
            MonthRow row = byMonth.get(month);
            result.add(row == null ? new Month(month, 0, null, null, 0)
                    : new Month(month, row.due(), percent(row.onTime(), row.due()), percent(row.accepted(), row.ordered()), row.rejected()));
        }
        long due = rows.stream().mapToLong(MonthRow::due).sum();
        long onTime = rows.stream().mapToLong(MonthRow::onTime).sum();
        long ordered = rows.stream().mapToLong(MonthRow::ordered).sum();
        long accepted = rows.stream().mapToLong(MonthRow::accepted).sum();
        long rejected = rows.stream().mapToLong(MonthRow::rejected).sum();
        Totals totals = new Totals(due, percent(onTime, due), percent(accepted, ordered), ordered, accepted, rejected);
        String grade;
        String reason;
        if (due < ORDERS_FOR_A_GRADE) {
            grade = null;
            reason = due + " order(s) due in the window; a grade needs " + ORDERS_FOR_A_GRADE;
        } else {
            Grade found = Grade.D;
            for (Grade candidate : Grade.values()) {
                if (totals.onTimePercent().compareTo(BigDecimal.valueOf(candidate.onTime)) >= 0
                        && totals.fillPercent().compareTo(BigDecimal.valueOf(candidate.fill)) >= 0) {
                    found = candidate;
                    break;
                }
            }
            grade = found.name();
            reason = "on time " + totals.onTimePercent().toPlainString() + " %, fill " + totals.fillPercent().toPlainString()
                    + " % over " + due + " orders" + (found == Grade.D ? "" : " (grade " + found.name() + " from "
                    + found.onTime + " % and " + found.fill + " %)");
        }
        Map<String, List<PricePoint>> trends = new LinkedHashMap<>();
        prices.forEach(point -> trends.computeIfAbsent(point.sku(), sku -> new ArrayList<>())
                .add(new PricePoint(YearMonth.from(point.month()), point.averagePrice(), point.quantity())));
        return new Scorecard(supplier, months, result, totals, grade, reason,
                trends.entrySet().stream().map(e -> new PriceTrend(e.getKey(), e.getValue())).toList());
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
