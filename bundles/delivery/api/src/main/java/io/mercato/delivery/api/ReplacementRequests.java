package io.mercato.delivery.api;

/**
 * An outbox command delivery accepts: ship a replacement (or an exchange) for a return. The contract is delivery's
 * because delivery carries it out; customer service publishes it through delivery's API, so the dependency points one
 * way (crm → delivery). Delivery makes a new order of {@link #LINES} to the original order's customer on channel
 * {@code CUSTOMER_SERVICE} with {@link #RETURN} as the channel order, so a redelivered command makes nothing twice.
 */
public final class ReplacementRequests {
    /** Kept as first published, so commands already waiting in the outbox still reach delivery. */
    public static final String TOPIC = "mercato/crm/replacement-requested";

    /** The return (e.g. {@code RT-00000042}) and the sales order it is about. */
    public static final String RETURN = "return";
    public static final String ORDER = "order";
    /** The lines to ship: a list of maps with {@code sku} and {@code quantity}. */
    public static final String LINES = "lines";
    /** The new order's shipping fee (CNY, two decimals, as text) and payment method ({@code PREPAID} or {@code COD}). */
    public static final String SHIPPING_FEE = "shippingFee";
    public static final String PAYMENT = "payment";

    private ReplacementRequests() {
    }
}
