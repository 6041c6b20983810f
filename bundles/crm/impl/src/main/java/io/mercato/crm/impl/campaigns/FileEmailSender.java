package io.mercato.crm.impl.campaigns;

import io.mercato.crm.api.MessageSender;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/** E-mail to a file, until the SMTP sender is configured ({@code etc/io.mercato.crm.smtp.cfg}). */
@Component(service = MessageSender.class, property = {MessageSender.CHANNEL + "=EMAIL", Constants.SERVICE_RANKING + ":Integer=-100"})
public class FileEmailSender extends FileSender {
    public FileEmailSender() {
        super("EMAIL");
    }
}
