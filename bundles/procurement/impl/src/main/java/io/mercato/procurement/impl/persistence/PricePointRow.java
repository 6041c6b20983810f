package io.mercato.procurement.impl.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

public record PricePointRow(String sku, LocalDate month, BigDecimal averagePrice, long quantity) {
}
