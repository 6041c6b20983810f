package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Final decisions of the approval chain about purchase orders, through the outbox: a decision taken while procurement
 * was stopped or uninstalled reaches it once it is back.
 */
@Component(property = {OutboxSubscriber.NAME + "=procurement.approval-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class OrderDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final OrderWorkflow workflow;

    @Activate
    public OrderDecisions(@Reference ProcurementDatabase database, @Reference OrderWorkflow workflow) {
        this.transactions = database.transactions();
        this.workflow = workflow;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!OrderWorkflow.DEPARTMENT.equals(event.text(Approval.OWNER_DEPARTMENT))
                || !OrderWorkflow.DOCUMENT_TYPE.equals(event.text(Approval.DOCUMENT_TYPE))) {
            return;
        }
        long approvalId = Long.parseLong(event.text(Approval.APPROVAL_ID));
        transactions.inTransaction(Actor.SYSTEM, tx -> {
            workflow.decided(tx, approvalId, event.text(Approval.DOCUMENT_ID), event.text(Approval.STATUS));
            return null;
        });
    }
}
