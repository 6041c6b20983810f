package io.mercato.siteops.impl.catalog;

import io.mercato.merchants.api.MerchantEvents;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import java.math.BigDecimal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Merchant onboarding's events for the catalog — products merchants submit, merchants' status changes — each applied
 * once; those from before site operations was installed are replayed, those while it was away wait in the outbox.
 */
@Component(property = {
        OutboxSubscriber.NAME + "=siteops.merchant-goods",
        OutboxSubscriber.TOPICS + "=" + MerchantEvents.PRODUCT_SUBMITTED,
        OutboxSubscriber.TOPICS + "=" + MerchantEvents.STATUS_CHANGED,
        OutboxSubscriber.REPLAY + ":Boolean=true"})
public class MerchantFollower implements OutboxSubscriber {
    private final Transactions transactions;
    private final MerchantGoods goods;

    @Activate
    public MerchantFollower(@Reference SiteopsDatabase database, @Reference MerchantGoods goods) {
        this.transactions = database.transactions();
        this.goods = goods;
    }

    @Override
    public void deliver(OutboxEvent event) {
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            if (MerchantEvents.PRODUCT_SUBMITTED.equals(event.topic())) {
                goods.received(tx, event.text("merchant"), Long.parseLong(event.text("productId")), event.text("merchantSku"), event.text("title"),
                        event.text("category"), new BigDecimal(event.text("price")));
            } else if (MerchantEvents.STATUS_CHANGED.equals(event.topic())) {
                goods.statusChanged(tx, event.text("merchant"), event.text("to"), event.text("reason"));
            }
            return null;
        });
    }
}
