package io.mercato.procurement.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An item another department asks procurement to buy: the SKU, how many, the price it hopes for (CNY, optional), by
 * when (optional), and who asks: {@code originDepartment} (e.g. {@code siteops}) with its own {@code originReference}.
 */
public record ProposedItem(String sku, Integer targetQuantity, BigDecimal targetPrice, LocalDate neededBy,
                           String originDepartment, String originReference, String note) {
}
