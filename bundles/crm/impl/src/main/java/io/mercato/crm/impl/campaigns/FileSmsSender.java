package io.mercato.crm.impl.campaigns;

import io.mercato.crm.api.MessageSender;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/** SMS to a file, until an SMS gateway's sender is installed. */
@Component(service = MessageSender.class, property = {MessageSender.CHANNEL + "=SMS", Constants.SERVICE_RANKING + ":Integer=-100"})
public class FileSmsSender extends FileSender {
    public FileSmsSender() {
        super("SMS");
    }
}
