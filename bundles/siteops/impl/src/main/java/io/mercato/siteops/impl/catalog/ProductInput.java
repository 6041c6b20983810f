package io.mercato.siteops.impl.catalog;

/** A product's base data; {@code merchant} is the merchant code for a merchant's goods (M-…), empty for the shop's own. */
public record ProductInput(String category, String merchant, String title, String description) {
}
