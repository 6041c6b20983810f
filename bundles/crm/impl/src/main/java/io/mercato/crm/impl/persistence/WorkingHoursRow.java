package io.mercato.crm.impl.persistence;

import java.time.LocalTime;

public record WorkingHoursRow(int weekday, LocalTime opens, LocalTime closes) {
}
