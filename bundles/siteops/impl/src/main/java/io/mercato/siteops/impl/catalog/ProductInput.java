package io.mercato.siteops.impl.catalog;

import java.util.List;

/**
 * A product's base data; {@code merchant} is the merchant code for a merchant's goods (M-…), empty for the shop's own;
 * {@code images} the uploaded images in order, the first the main one (null: leave them as they are).
 */
public record ProductInput(String category, String merchant, String title, String description, List<Long> images) {
    public ProductInput(String category, String merchant, String title, String description) {
        this(category, merchant, title, description, null);
    }
}
