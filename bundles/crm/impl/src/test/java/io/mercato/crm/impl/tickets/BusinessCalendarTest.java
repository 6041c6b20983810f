package io.mercato.crm.impl.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final BusinessCalendar.Hours NINE_TO_SIX = new BusinessCalendar.Hours(LocalTime.of(9, 0), LocalTime.of(18, 0));
    // National Day 2026: 1–7 October off, Sunday 27 September and Saturday 10 October worked instead.
    private static final BusinessCalendar CALENDAR = new BusinessCalendar(SHANGHAI, weekdays(),
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6),
                    LocalDate.of(2026, 10, 7)),
            Map.of(LocalDate.of(2026, 9, 27), NINE_TO_SIX, LocalDate.of(2026, 10, 10), NINE_TO_SIX));

    @Test
    void countsWithinTheDay() {
        assertEquals(at(2026, 11, 30, 11, 0), CALENDAR.plus(at(2026, 11, 30, 10, 0), 60));
    }

    @Test
    void carriesOverTheNightAndTheWeekend() {
        assertEquals(at(2026, 11, 30, 9, 30), CALENDAR.plus(at(2026, 11, 27, 17, 30), 60), "Friday 17:30 + 1 h → Monday 09:30");
        assertEquals(at(2026, 11, 30, 10, 0), CALENDAR.plus(at(2026, 11, 28, 15, 0), 60), "asked on Saturday: the clock starts on Monday");
    }

    @Test
    void skipsHolidaysAndWorksMakeUpDays() {
        assertEquals(at(2026, 10, 8, 10, 0), CALENDAR.plus(at(2026, 9, 30, 17, 0), 120), "30 Sep 17:00 + 2 h → 8 Oct 10:00");
        assertEquals(at(2026, 9, 27, 10, 0), CALENDAR.plus(at(2026, 9, 26, 12, 0), 60), "the Sunday worked instead counts");
    }

    @Test
    void measuresWorkingMinutesBetween() {
        assertEquals(60 + 60, CALENDAR.minutesBetween(at(2026, 11, 27, 17, 0), at(2026, 11, 30, 10, 0)));
        assertEquals(0, CALENDAR.minutesBetween(at(2026, 10, 1, 10, 0), at(2026, 10, 7, 18, 0)));
        assertEquals(0, CALENDAR.minutesBetween(at(2026, 11, 30, 10, 0), at(2026, 11, 30, 9, 0)));
    }

    private static Map<DayOfWeek, BusinessCalendar.Hours> weekdays() {
        Map<DayOfWeek, BusinessCalendar.Hours> week = new HashMap<>();
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            week.put(day, NINE_TO_SIX);
        }
        return week;
    }

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }
}
