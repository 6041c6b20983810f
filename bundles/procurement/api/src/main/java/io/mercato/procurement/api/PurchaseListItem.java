package io.mercato.procurement.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One item of the purchase list; {@code status} is OPEN, ORDERED (on a purchase order or tender) or DROPPED. */
public record PurchaseListItem(long id, String sku, int targetQuantity, BigDecimal targetPrice, LocalDate neededBy,
                               String originDepartment, String originReference, String status, String note,
                               String createdBy, Instant createdAt) {
}
