package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.org.Reorganised;
import io.mercato.platform.api.outbox.OutboxEvent;
import io.mercato.platform.api.outbox.OutboxSubscriber;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.procurement.impl.persistence.PurchaseListMapper;
import io.mercato.procurement.impl.persistence.PurchaseOrderMapper;
import io.mercato.procurement.impl.persistence.ReceiptMapper;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Hands procurement's documents to the department that now owns their capability after a split (suppliers with
 * {@code procurement.supplier}, orders and the purchase list with {@code procurement.order}, receipts with
 * {@code procurement.receive}), or all of them after a merge. Audited; through the outbox, so a reorganisation while
 * procurement was away is applied when it is back.
 */
@Component(property = {OutboxSubscriber.NAME + "=procurement.reowning", OutboxSubscriber.TOPICS + "=" + Reorganised.TOPIC})
public class ProcurementReowning implements OutboxSubscriber {
    private final Transactions transactions;

    @Activate
    public ProcurementReowning(@Reference ProcurementDatabase database) {
        this.transactions = database.transactions();
    }

    @Override
    public void deliver(OutboxEvent event) {
        Reorganised.Change change = Reorganised.Change.of(event);
        String from = change.from();
        String to = change.to();
        transactions.inTransaction(new Actor(change.actor()), tx -> {
            Map<String, Integer> handedOn = new LinkedHashMap<>();
            if (change.moves(Capabilities.SUPPLIER)) {
                handedOn.put("suppliers", tx.mapper(SupplierMapper.class).reown(from, to));
            }
            if (change.moves(Capabilities.ORDER)) {
                handedOn.put("purchaseOrders", tx.mapper(PurchaseOrderMapper.class).reown(from, to));
                handedOn.put("purchaseListItems", tx.mapper(PurchaseListMapper.class).reown(from, to));
            }
            if (change.moves(Capabilities.TENDER)) {
                handedOn.put("tenders", tx.mapper(io.mercato.procurement.impl.persistence.TenderMapper.class).reown(from, to));
            }
            if (change.moves(Capabilities.RECEIVE)) {
                handedOn.put("receipts", tx.mapper(ReceiptMapper.class).reown(from, to));
            }
            if (handedOn.values().stream().anyMatch(count -> count > 0)) {
                handedOn.put("event", (int) event.id());
                tx.audit("procurement.owner-changed", "department", from, Map.of("to", to, "documents", handedOn));
            }
            return null;
        });
    }
}
