package io.mercato.crm.api;

/**
 * One campaign message to one member: {@code channel} {@code SMS} (to a mobile number) or {@code EMAIL} (to an address);
 * {@code subject} is empty for SMS.
 */
public record OutgoingMessage(String campaign, String member, String channel, String to, String subject, String body) {
}
