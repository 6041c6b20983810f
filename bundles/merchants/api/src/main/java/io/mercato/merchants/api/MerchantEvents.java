package io.mercato.merchants.api;

/**
 * Outbox topics merchant onboarding publishes (subscribe with an {@code OutboxSubscriber}). Payload keys are given per
 * topic.
 */
public final class MerchantEvents {
    /** A merchant's status changed: {@code merchant}, {@code from}, {@code to}, {@code reason}. Suspension hides listings. */
    public static final String STATUS_CHANGED = "mercato/merchants/status-changed";
    /**
     * A merchant submitted a product for listing, for the catalog to review: {@code merchant}, {@code productId},
     * {@code merchantSku}, {@code title}, {@code category}, {@code price} (CNY, text).
     */
    public static final String PRODUCT_SUBMITTED = "mercato/merchants/product-submitted";

    private MerchantEvents() {
    }
}
