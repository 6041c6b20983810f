package io.mercato.crm.impl.campaigns;

import io.mercato.crm.api.MessageSender;
import io.mercato.crm.api.OutgoingMessage;
import java.util.Properties;
import javax.mail.Authenticator;
import javax.mail.Message;
import javax.mail.MessagingException;
import javax.mail.PasswordAuthentication;
import javax.mail.Session;
import javax.mail.Transport;
import javax.mail.internet.InternetAddress;
import javax.mail.internet.MimeMessage;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Campaign e-mail through an SMTP server (Jakarta Mail), present only when {@code etc/io.mercato.crm.smtp.cfg} names a
 * host; it then outranks the file sender.
 */
@Component(service = MessageSender.class, configurationPid = "io.mercato.crm.smtp", configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = {MessageSender.CHANNEL + "=EMAIL", Constants.SERVICE_RANKING + ":Integer=100"})
@Designate(ocd = SmtpSender.Settings.class)
public class SmtpSender implements MessageSender {
    @ObjectClassDefinition(name = "Mercato CRM e-mail (SMTP)")
    public @interface Settings {
        String host();

        int port() default 587;

        @AttributeDefinition(description = "Sender address, e.g. 会员中心 <crm@shop.example>")
        String from();

        String username() default "";

        @AttributeDefinition(type = AttributeType.PASSWORD)
        String password() default "";

        boolean starttls() default true;
    }

    private final Session session;
    private final InternetAddress from;

    @Activate
    public SmtpSender(Settings settings) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.starttls()));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        boolean auth = !settings.username().isBlank();
        properties.put("mail.smtp.auth", Boolean.toString(auth));
        this.session = Session.getInstance(properties, auth ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        } : null);
        InternetAddress parsed = new InternetAddress(settings.from(), false);
        try {
            // The display name may be Chinese: encoded (RFC 2047) so that any mail server takes the header.
            this.from = new InternetAddress(parsed.getAddress(), parsed.getPersonal(), "UTF-8");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void send(OutgoingMessage message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(from);
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(message.to(), true));
        mail.setSubject(message.subject(), "UTF-8");
        mail.setText(message.body(), "UTF-8");
        mail.setHeader("X-Mercato-Campaign", message.campaign());
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            // Jakarta Mail finds its providers and activation handlers through the context class loader.
            Thread.currentThread().setContextClassLoader(Session.class.getClassLoader());
            Transport.send(mail);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }
}
