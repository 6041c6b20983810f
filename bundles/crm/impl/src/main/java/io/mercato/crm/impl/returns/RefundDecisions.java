package io.mercato.crm.impl.returns;

import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Decisions of the approval chain about refunds, through the outbox (also those taken while CRM was away), each once. */
@Component(property = {OutboxSubscriber.NAME + "=crm.refund-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class RefundDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final Refunds refunds;

    @Activate
    public RefundDecisions(@Reference CrmDatabase database, @Reference Refunds refunds) {
        this.transactions = database.transactions();
        this.refunds = refunds;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!Refunds.DEPARTMENT.equals(event.text(Approval.OWNER_DEPARTMENT)) || !Refunds.DOCUMENT_TYPE.equals(event.text(Approval.DOCUMENT_TYPE))) {
            return;
        }
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            refunds.decided(tx, event.text(Approval.DOCUMENT_ID), event.text(Approval.STATUS));
            return null;
        });
    }
}
