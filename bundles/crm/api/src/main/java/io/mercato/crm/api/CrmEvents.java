package io.mercato.crm.api;

/** Outbox topics CRM publishes; payload keys are the constants below. */
public final class CrmEvents {
    /** A member was enrolled (from a delivered order or by an agent). */
    public static final String MEMBER_JOINED = "mercato/crm/member-joined";
    /** A member's tier went up or down. */
    public static final String TIER_CHANGED = "mercato/crm/tier-changed";

    public static final String MEMBER = "member";
    public static final String FROM = "from";
    public static final String TO = "to";

    private CrmEvents() {
    }
}
