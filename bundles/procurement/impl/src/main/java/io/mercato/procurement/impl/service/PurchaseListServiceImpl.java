package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.api.ProposedItem;
import io.mercato.procurement.api.PurchaseListItem;
import io.mercato.procurement.api.PurchaseListService;
import io.mercato.procurement.impl.persistence.PurchaseListMapper;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The purchase list (采购名单): items entered by procurement or proposed by other departments, then ordered or dropped. */
@Component(service = {PurchaseListService.class, PurchaseListServiceImpl.class})
public class PurchaseListServiceImpl implements PurchaseListService {
    static final String OWN = "procurement";
    private static final Set<String> STATUSES = Set.of("OPEN", "ORDERED", "DROPPED");
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z][a-z0-9-]{1,29}");
    private final Transactions transactions;
    private final Owners owners;

    @Activate
    public PurchaseListServiceImpl(@Reference ProcurementDatabase database, @Reference Owners owners) {
        this.transactions = database.transactions();
        this.owners = owners;
    }

    @Override
    public PurchaseListItem propose(ProposedItem item, Actor actor) {
        validate(item);
        String origin = item.originDepartment().strip();
        String reference = item.originReference() == null || item.originReference().isBlank() ? null : item.originReference().strip();
        String owner = owners.of(Capabilities.ORDER);
        return transactions.inTransaction(actor, tx -> {
            PurchaseListMapper list = tx.mapper(PurchaseListMapper.class);
            PurchaseListItem added = list.insert(item.sku(), item.targetQuantity(), item.targetPrice(), item.neededBy(), origin,
                    reference, item.note() == null || item.note().isBlank() ? null : item.note().strip(), owner, actor.username());
            if (added == null) {
                return list.byReference(origin, reference);
            }
            tx.audit("purchase-list.item-added", "purchase-list-item", Long.toString(added.id()), added);
            return added;
        });
    }

    /** An item procurement enters itself. */
    public PurchaseListItem add(ProposedItem item, Actor actor) {
        return propose(new ProposedItem(item.sku(), item.targetQuantity(), item.targetPrice(), item.neededBy(), OWN,
                item.originReference(), item.note()), actor);
    }

    /** Closes an open item: ORDERED once it is on an order or tender, DROPPED when it will not be bought. */
    public PurchaseListItem close(long id, String status, Actor actor) {
        Check.input().rule("ORDERED".equals(status) || "DROPPED".equals(status), "status", "must be ORDERED or DROPPED").validate();
        return transactions.inTransaction(actor, tx -> {
            PurchaseListMapper list = tx.mapper(PurchaseListMapper.class);
            PurchaseListItem before = list.find(id);
            if (before == null) {
                throw new NotFoundException("No purchase list item " + id);
            }
            if (list.close(id, status) == 0) {
                throw new ConflictException("item-closed", "Purchase list item " + id + " is already " + before.status());
            }
            tx.audit("purchase-list.item-" + status.toLowerCase(java.util.Locale.ROOT), "purchase-list-item", Long.toString(id),
                    Map.of("from", before.status()));
            return list.find(id);
        });
    }

    public Page<PurchaseListItem> search(String q, String status, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String state = status == null || status.isBlank() ? null : status.strip();
        Check.input().rule(state == null || STATUSES.contains(state), "status", "must be OPEN, ORDERED or DROPPED").validate();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            PurchaseListMapper list = tx.mapper(PurchaseListMapper.class);
            return Page.of(list.search(pattern, state, beforeId, page.fetch(), page.offset()), page,
                    list.count(pattern, state, page.countLimit()), item -> Cursor.of(item.id()));
        });
    }

    private static void validate(ProposedItem item) {
        Check.input()
                .code("sku", item.sku(), Codes.SKU, Codes.SKU_TEXT)
                .positive("targetQuantity", item.targetQuantity())
                .unitPrice("targetPrice", item.targetPrice(), false)
                .code("originDepartment", item.originDepartment(), DEPARTMENT, "a department bundle name such as siteops")
                .text("originReference", item.originReference(), 100, false)
                .text("note", item.note(), 500, false)
                .validate();
    }
}
