package io.mercato.merchants.impl.service;

import java.math.BigDecimal;

/** A product a merchant submits for listing: its own SKU, title, category and price (CNY). */
public record ProductInput(String merchantSku, String title, String category, BigDecimal price) {
}
