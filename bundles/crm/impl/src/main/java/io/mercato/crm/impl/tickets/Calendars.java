package io.mercato.crm.impl.tickets;

import io.mercato.crm.impl.members.ShopTime;
import io.mercato.crm.impl.persistence.CalendarDayRow;
import io.mercato.crm.impl.persistence.CalendarMapper;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.SlaPolicyRow;
import io.mercato.crm.impl.persistence.WorkingHoursRow;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The team's working calendar (weekly hours, holidays, make-up working days) and the SLA policies; supervisors edit both. */
@Component(service = Calendars.class)
public class Calendars {
    private final Transactions transactions;

    public record Hours(Integer weekday, LocalTime opens, LocalTime closes) {
    }

    public record Day(LocalDate day, String kind, String name, LocalTime opens, LocalTime closes) {
    }

    public record Policy(String type, String priority, Integer firstResponseMinutes, Integer resolutionMinutes) {
    }

    public record Calendar(List<WorkingHoursRow> week, List<CalendarDayRow> days) {
    }

    @Activate
    public Calendars(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    /** The calendar as of today (days from a year back, for SLAs of older tickets). */
    public static BusinessCalendar load(TransactionContext tx) {
        CalendarMapper calendar = tx.mapper(CalendarMapper.class);
        Map<DayOfWeek, BusinessCalendar.Hours> week = new HashMap<>();
        for (WorkingHoursRow row : calendar.week()) {
            week.put(DayOfWeek.of(row.weekday()), new BusinessCalendar.Hours(row.opens(), row.closes()));
        }
        Set<LocalDate> holidays = new HashSet<>();
        Map<LocalDate, BusinessCalendar.Hours> workdays = new HashMap<>();
        for (CalendarDayRow day : calendar.daysFrom(ShopTime.today().minusYears(1))) {
            if ("HOLIDAY".equals(day.kind())) {
                holidays.add(day.day());
            } else {
                workdays.put(day.day(), new BusinessCalendar.Hours(day.opens(), day.closes()));
            }
        }
        return new BusinessCalendar(ShopTime.ZONE, week, holidays, workdays);
    }

    public Calendar calendar() {
        return transactions.read(tx -> new Calendar(tx.mapper(CalendarMapper.class).week(),
                tx.mapper(CalendarMapper.class).daysFrom(ShopTime.today().minusYears(1))));
    }

    public Calendar setWeek(List<Hours> week, Actor actor) {
        Check check = Check.input().rule(week != null && !week.isEmpty(), "week", "must open on at least one day");
        check.validate();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < week.size(); i++) {
            Hours hours = week.get(i);
            check.rule(hours != null && hours.weekday() != null && hours.weekday() >= 1 && hours.weekday() <= 7 && seen.add(hours.weekday()),
                            "week[" + i + "].weekday", "must be 1 (Monday) to 7 (Sunday), each once")
                    .rule(hours != null && hours.opens() != null && hours.closes() != null && hours.closes().isAfter(hours.opens()),
                            "week[" + i + "].closes", "must be after opens");
        }
        check.validate();
        return transactions.inTransaction(actor, tx -> {
            CalendarMapper calendar = tx.mapper(CalendarMapper.class);
            calendar.clearWeek();
            week.forEach(hours -> calendar.insertHours(hours.weekday(), hours.opens(), hours.closes()));
            tx.audit("crm.working-hours-set", "calendar", "week", Map.of("days", week.size()));
            return new Calendar(calendar.week(), calendar.daysFrom(ShopTime.today().minusYears(1)));
        });
    }

    public Calendar putDay(Day day, Actor actor) {
        String kind = day == null || day.kind() == null ? null : day.kind().strip().toUpperCase(java.util.Locale.ROOT);
        Check.input().required("day", day == null ? null : day.day())
                .rule("HOLIDAY".equals(kind) || "WORKDAY".equals(kind), "kind", "must be HOLIDAY or WORKDAY")
                .text("name", day == null ? null : day.name(), 40, true)
                .rule(!"WORKDAY".equals(kind) || (day.opens() != null && day.closes() != null && day.closes().isAfter(day.opens())), "closes",
                        "a working day needs opens and a later closes")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            CalendarMapper calendar = tx.mapper(CalendarMapper.class);
            boolean holiday = "HOLIDAY".equals(kind);
            calendar.putDay(day.day(), kind, day.name().strip(), holiday ? null : day.opens(), holiday ? null : day.closes());
            tx.audit("crm.calendar-day-set", "calendar", day.day().toString(), Map.of("kind", kind, "name", day.name().strip()));
            return new Calendar(calendar.week(), calendar.daysFrom(ShopTime.today().minusYears(1)));
        });
    }

    public List<SlaPolicyRow> policies() {
        return transactions.read(tx -> tx.mapper(CalendarMapper.class).policies());
    }

    public List<SlaPolicyRow> setPolicy(Policy policy, Actor actor) {
        Check.input().required("type", policy == null ? null : policy.type()).required("priority", policy == null ? null : policy.priority())
                .rule(policy != null && policy.firstResponseMinutes() != null && policy.firstResponseMinutes() > 0 && policy.firstResponseMinutes() <= 100_000,
                        "firstResponseMinutes", "must be 1 to 100000 working minutes")
                .rule(policy != null && policy.resolutionMinutes() != null && policy.firstResponseMinutes() != null
                        && policy.resolutionMinutes() >= policy.firstResponseMinutes() && policy.resolutionMinutes() <= 1_000_000,
                        "resolutionMinutes", "must be at least the first response's and at most 1000000")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            CalendarMapper calendar = tx.mapper(CalendarMapper.class);
            if (calendar.updatePolicy(policy.type(), policy.priority(), policy.firstResponseMinutes(), policy.resolutionMinutes()) == 0) {
                throw new io.mercato.platform.api.ValidationException("type", "no policy for " + policy.type() + "/" + policy.priority());
            }
            tx.audit("crm.sla-policy-set", "sla-policy", policy.type() + "/" + policy.priority(), Map.of("firstResponseMinutes",
                    policy.firstResponseMinutes(), "resolutionMinutes", policy.resolutionMinutes()));
            return calendar.policies();
        });
    }
}
