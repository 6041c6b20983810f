package io.mercato.crm.impl.tickets;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The customer service team's working time: opening hours per weekday, public holidays off and the make-up working days
 * China moves them to (调休) on, in the shop's zone. SLA clocks run only inside it.
 */
public final class BusinessCalendar {
    /** Opening hours of one day. */
    public record Hours(LocalTime opens, LocalTime closes) {
        public Hours {
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("closes must be after opens");
            }
        }
    }

    private final ZoneId zone;
    private final Map<DayOfWeek, Hours> week;
    private final Set<LocalDate> holidays;
    private final Map<LocalDate, Hours> makeUpDays;

    /**
     * @param week       opening hours per weekday (a weekday not in it is closed)
     * @param holidays   days closed whatever the weekday
     * @param makeUpDays days open (with these hours) whatever the weekday
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, Hours> week, Set<LocalDate> holidays, Map<LocalDate, Hours> makeUpDays) {
        this.zone = zone;
        this.week = Map.copyOf(week);
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Map.copyOf(makeUpDays);
        if (this.week.isEmpty() && this.makeUpDays.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs working hours");
        }
    }

    /** The instant {@code minutes} working minutes after {@code start} (a start outside hours counts from the next opening). */
    public Instant plus(Instant start, long minutes) {
        LocalDateTime at = LocalDateTime.ofInstant(start, zone);
        long left = minutes;
        for (int guard = 0; guard < 3660; guard++) {
            LocalDate day = at.toLocalDate();
            Hours hours = hours(day);
            if (hours != null && at.toLocalTime().isBefore(hours.closes())) {
                LocalDateTime from = at.toLocalTime().isBefore(hours.opens()) ? day.atTime(hours.opens()) : at;
                long available = Duration.between(from, day.atTime(hours.closes())).toMinutes();
                if (left <= available) {
                    return from.plusMinutes(left).atZone(zone).toInstant();
                }
                left -= available;
            }
            at = day.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("no working time within ten years");
    }

    /** Working minutes between two instants (0 when {@code to} is not after {@code from}). */
    public long minutesBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDateTime start = LocalDateTime.ofInstant(from, zone);
        LocalDateTime end = LocalDateTime.ofInstant(to, zone);
        long minutes = 0;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            Hours hours = hours(day);
            if (hours == null) {
                continue;
            }
            LocalDateTime opens = day.atTime(hours.opens());
            LocalDateTime closes = day.atTime(hours.closes());
            LocalDateTime a = start.isAfter(opens) ? start : opens;
            LocalDateTime b = end.isBefore(closes) ? end : closes;
            if (b.isAfter(a)) {
                minutes += Duration.between(a, b).toMinutes();
            }
        }
        return minutes;
    }

    private Hours hours(LocalDate day) {
        Hours makeUp = makeUpDays.get(day);
        if (makeUp != null) {
            return makeUp;
        }
        return holidays.contains(day) ? null : week.get(day.getDayOfWeek());
    }
}
