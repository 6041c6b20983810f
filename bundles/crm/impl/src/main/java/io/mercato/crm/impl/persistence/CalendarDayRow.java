package io.mercato.crm.impl.persistence;

import java.time.LocalDate;
import java.time.LocalTime;

public record CalendarDayRow(LocalDate day, String kind, String name, LocalTime opens, LocalTime closes) {
}
