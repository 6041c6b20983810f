package io.mercato.crm.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Sends campaign messages for one channel (SMS gateways, mail servers). Register it as a service with {@value #CHANNEL}
 * ({@code SMS} or {@code EMAIL}); the highest ranked sender of a channel is used. CRM ships one that writes messages to a
 * file (demos, tests) and an SMTP one for e-mail (configured in {@code etc/io.mercato.crm.smtp.cfg}).
 */
@ConsumerType
public interface MessageSender {
    /** Service property: the channel served, {@code SMS} or {@code EMAIL}. */
    String CHANNEL = "mercato.crm.channel";

    /** Sends the message or throws; a failure is recorded against the member and the campaign goes on. */
    void send(OutgoingMessage message) throws Exception;
}
