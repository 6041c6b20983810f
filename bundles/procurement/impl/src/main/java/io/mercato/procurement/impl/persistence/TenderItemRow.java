package io.mercato.procurement.impl.persistence;

import java.time.LocalDate;

public record TenderItemRow(int itemNo, String sku, int quantity, LocalDate neededBy) {
}
