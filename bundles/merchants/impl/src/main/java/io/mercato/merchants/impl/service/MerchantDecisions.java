package io.mercato.merchants.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Decisions of the approval chain about merchant applications, through the outbox (also those taken while away). */
@Component(property = {OutboxSubscriber.NAME + "=merchants.approval-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class MerchantDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final MerchantService merchants;

    @Activate
    public MerchantDecisions(@Reference MerchantsDatabase database, @Reference MerchantService merchants) {
        this.transactions = database.transactions();
        this.merchants = merchants;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!MerchantService.DEPARTMENT.equals(event.text(Approval.OWNER_DEPARTMENT))
                || !MerchantService.DOCUMENT_TYPE.equals(event.text(Approval.DOCUMENT_TYPE))) {
            return;
        }
        long approvalId = Long.parseLong(event.text(Approval.APPROVAL_ID));
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            merchants.decided(tx, approvalId, event.text(Approval.DOCUMENT_ID), event.text(Approval.STATUS));
            return null;
        });
    }
}
