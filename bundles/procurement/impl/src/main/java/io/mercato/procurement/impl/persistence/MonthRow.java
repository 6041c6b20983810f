package io.mercato.procurement.impl.persistence;

import java.time.LocalDate;

public record MonthRow(LocalDate month, long due, long onTime, long ordered, long accepted, long rejected) {
}
