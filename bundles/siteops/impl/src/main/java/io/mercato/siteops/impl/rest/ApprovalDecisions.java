package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.siteops.impl.persistence.SiteopsDatabase;
import io.mercato.siteops.impl.pricing.Pricing;
import io.mercato.siteops.impl.promotions.Promotions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Decisions of the approval chain on site operations' documents — loss-leader prices and promotions above the discount
 * limit — through the outbox (also those taken while site operations was away), each applied once.
 */
@Component(property = {OutboxSubscriber.NAME + "=siteops.approval-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class ApprovalDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final Pricing pricing;
    private final Promotions promotions;

    @Activate
    public ApprovalDecisions(@Reference SiteopsDatabase database, @Reference Pricing pricing, @Reference Promotions promotions) {
        this.transactions = database.transactions();
        this.pricing = pricing;
        this.promotions = promotions;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!"siteops".equals(event.text(Approval.OWNER_DEPARTMENT))) {
            return;
        }
        String type = event.text(Approval.DOCUMENT_TYPE);
        String document = event.text(Approval.DOCUMENT_ID);
        String status = event.text(Approval.STATUS);
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            if (Pricing.LOSS_LEADER.equals(type)) {
                pricing.decided(tx, document, status);
            } else if ("promotion-discount".equals(type)) {
                promotions.decided(tx, document, status);
            }
            return null;
        });
    }
}
