package io.mercato.siteops.impl.pricing;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Decisions of the approval chain about loss-leader prices, through the outbox (also those taken while site operations was away), once. */
@Component(property = {OutboxSubscriber.NAME + "=siteops.price-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class PriceDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final Pricing pricing;

    @Activate
    public PriceDecisions(@Reference SiteopsDatabase database, @Reference Pricing pricing) {
        this.transactions = database.transactions();
        this.pricing = pricing;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!Pricing.DEPARTMENT.equals(event.text(Approval.OWNER_DEPARTMENT)) || !Pricing.DOCUMENT_TYPE.equals(event.text(Approval.DOCUMENT_TYPE))) {
            return;
        }
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            pricing.decided(tx, event.text(Approval.DOCUMENT_ID), event.text(Approval.STATUS));
            return null;
        });
    }
}
