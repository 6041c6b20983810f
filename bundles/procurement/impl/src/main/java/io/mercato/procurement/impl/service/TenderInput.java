package io.mercato.procurement.impl.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A call for tenders: what to buy (SKU, quantity, needed by), the suppliers invited, and the deadline for bids. */
public record TenderInput(String title, OffsetDateTime deadline, String warehouseCode, List<Item> items, List<String> suppliers) {
    public record Item(String sku, Integer quantity, LocalDate neededBy) {
    }
}
