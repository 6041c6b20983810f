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
 * Final decisions of the approval chain about purchase orders and tender awards, through the outbox: a decision taken while procurement
 * was stopped or uninstalled reaches it once it is back.
 */
@Component(property = {OutboxSubscriber.NAME + "=procurement.approval-decisions", OutboxSubscriber.TOPICS + "=" + Approval.DECIDED_TOPIC})
public class OrderDecisions implements OutboxSubscriber {
    private final Transactions transactions;
    private final OrderWorkflow workflow;
    private final Awarding awarding;

    @Activate
    public OrderDecisions(@Reference ProcurementDatabase database, @Reference OrderWorkflow workflow, @Reference Awarding awarding) {
        this.transactions = database.transactions();
        this.workflow = workflow;
        this.awarding = awarding;
    }

    @Override
    public void deliver(OutboxEvent event) {
        if (!OrderWorkflow.DEPARTMENT.equals(event.text(Approval.OWNER_DEPARTMENT))) {
            return;
        }
        String type = event.text(Approval.DOCUMENT_TYPE);
        long approvalId = Long.parseLong(event.text(Approval.APPROVAL_ID));
        String document = event.text(Approval.DOCUMENT_ID);
        String status = event.text(Approval.STATUS);
        if (OrderWorkflow.DOCUMENT_TYPE.equals(type)) {
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                workflow.decided(tx, approvalId, document, status);
                return null;
            });
        } else if (Awarding.DOCUMENT_TYPE.equals(type)) {
            transactions.inTransaction(Actor.SYSTEM, tx -> {
                awarding.decided(tx, approvalId, document, status);
                return null;
            });
        }
    }
}
