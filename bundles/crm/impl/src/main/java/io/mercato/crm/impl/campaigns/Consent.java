package io.mercato.crm.impl.campaigns;

import io.mercato.crm.impl.persistence.MemberRow;

/** Whether a member may get a marketing message on a channel now: consent given, not opted out, an address to send to. */
final class Consent {
    private Consent() {
    }

    /** {@code PENDING} (send it), {@code OPTED_OUT} or {@code NO_ADDRESS}. */
    static String status(MemberRow member, String channel) {
        boolean sms = "SMS".equals(channel);
        if (member.consentAt() == null || (sms ? member.smsOptOut() : member.emailOptOut())) {
            return "OPTED_OUT";
        }
        String to = sms ? member.mobile() : member.email();
        return to == null || to.isBlank() ? "NO_ADDRESS" : "PENDING";
    }
}
