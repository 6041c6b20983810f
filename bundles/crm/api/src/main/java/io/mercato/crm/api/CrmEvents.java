package io.mercato.crm.api;

/**
 * Outbox topics CRM publishes; payload keys are the constants below. (A replacement for a return is delivery's command,
 * {@code io.mercato.delivery.api.ReplacementRequests}: CRM depends on delivery, never the other way.)
 */
public final class CrmEvents {
    /** A member was enrolled (from a delivered order or by an agent). */
    public static final String MEMBER_JOINED = "mercato/crm/member-joined";
    /** A member's tier went up or down. */
    public static final String TIER_CHANGED = "mercato/crm/tier-changed";

    public static final String MEMBER = "member";
    /** The return (e.g. {@code RT-00000042}) and its lines: a list of maps with {@code sku} and {@code quantity}. */
    public static final String RETURN = "return";
    public static final String LINES = "lines";
    public static final String FROM = "from";
    public static final String TO = "to";

    private CrmEvents() {
    }
}
