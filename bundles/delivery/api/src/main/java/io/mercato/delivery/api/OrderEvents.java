package io.mercato.delivery.api;

/**
 * Outbox topics of the sales order life cycle: one per status, {@code mercato/delivery/order-<status>} (see
 * {@link OrderStatus#topic()}); subscribe to {@value #ALL} for every one. Payload keys are the constants below.
 */
public final class OrderEvents {
    public static final String PREFIX = "mercato/delivery/order-";
    public static final String ALL = PREFIX + "*";

    /** The order number, e.g. {@code SO-00000042}. */
    public static final String ORDER = "order";
    /** The sales channel and the channel's own order number. */
    public static final String CHANNEL = "channel";
    public static final String CHANNEL_ORDER = "channelOrder";
    /** The status left ({@code ""} for a new order) and the status entered. */
    public static final String FROM = "from";
    public static final String TO = "to";
    /** Why, where a person or a rule gave a reason ({@code ""} otherwise). */
    public static final String REASON = "reason";
    /** The order's total as text (CNY, two decimals). */
    public static final String TOTAL = "total";

    private OrderEvents() {
    }
}
