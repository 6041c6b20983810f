package io.mercato.crm.api;

/** Outbox topics CRM publishes; payload keys are the constants below. */
public final class CrmEvents {
    /** A member was enrolled (from a delivered order or by an agent). */
    public static final String MEMBER_JOINED = "mercato/crm/member-joined";
    /** A member's tier went up or down. */
    public static final String TIER_CHANGED = "mercato/crm/tier-changed";

    /**
     * A return's quality check decided on a replacement (or an exchange): the delivery department ships a new order of the
     * lines to the original order's customer, channel {@code CUSTOMER_SERVICE} with the return's number as the channel
     * order (so it is made once), carrying {@link #SHIPPING_FEE} paid by {@link #PAYMENT}.
     */
    public static final String REPLACEMENT_REQUESTED = "mercato/crm/replacement-requested";

    public static final String MEMBER = "member";
    /** The return (e.g. {@code RT-00000042}) and the sales order it is about. */
    public static final String RETURN = "return";
    public static final String ORDER = "order";
    /** The lines to ship: a list of maps with {@code sku} and {@code quantity}. */
    public static final String LINES = "lines";
    /** The new order's shipping fee (CNY, two decimals, as text) and payment method ({@code PREPAID} or {@code COD}). */
    public static final String SHIPPING_FEE = "shippingFee";
    public static final String PAYMENT = "payment";
    public static final String FROM = "from";
    public static final String TO = "to";

    private CrmEvents() {
    }
}
