package io.mercato.platform.approvals;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.persistence.SchemaDatabase;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hands approvals to the org department that now owns them after a reorganisation: on a merge everything of the
 * merged department, on a split what was submitted from the positions that moved. They still wait for the
 * same position, so nobody's inbox changes; the hand-over is audited.
 */
@Component(property = {OutboxSubscriber.NAME + "=approvals.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class ApprovalReowning implements OutboxSubscriber {
    private final Transactions transactions;

    @Activate
    public ApprovalReowning(@Reference(target = "(" + SchemaDatabase.SCHEMA_PROPERTY + "=approvals)") SchemaDatabase database) {
        this.transactions = database.transactions(ApprovalMapper.class);
    }

    @Override
    public void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        String from = change.from();
        String to = change.to();
        List<String> positions = change.positions();
        boolean merge = change.merge();
        if (!merge && positions.isEmpty()) {
            return;
        }
        Actor actor = new Actor(change.actor());
        transactions.inTransaction(actor, tx -> {
            ApprovalMapper approvals = tx.mapper(ApprovalMapper.class);
            List<Long> moved = merge ? approvals.reownAll(from, to) : approvals.reownSubmittedFrom(from, to, positions);
            if (!moved.isEmpty()) {
                tx.audit("approval.owner-changed", "department", from, Map.of("to", to, "approvals", moved));
            }
            return null;
        });
    }
}
