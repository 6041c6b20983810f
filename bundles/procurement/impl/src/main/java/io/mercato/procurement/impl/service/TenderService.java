package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.org.OrgDirectory;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.SupplierRow;
import io.mercato.procurement.impl.persistence.TenderMapper;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Calls for tenders (招标): a buyer invites several suppliers to quote on items by a deadline; bids stay sealed until the
 * tender is opened — after the deadline by anyone with {@code procurement.tender}, before it only by two people, one of
 * them a supervisor. Opening shows every bid and the proposed award.
 */
@Component(service = TenderService.class)
public class TenderService {
    static final Set<String> STATUSES = Set.of("OPEN", "OPENED", "AWARD_PENDING", "AWARDED", "CANCELLED");
    private final Transactions transactions;
    private final Owners owners;
    private final OrgDirectory org;

    @Activate
    public TenderService(@Reference ProcurementDatabase database, @Reference Owners owners, @Reference OrgDirectory org) {
        this.transactions = database.transactions();
        this.owners = owners;
        this.org = org;
    }

    public TenderView create(TenderInput input, Actor actor) {
        validate(input);
        String owner = owners.of(Capabilities.TENDER);
        return transactions.inTransaction(actor, tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            String number = tenders.insert(input.title().strip(), input.deadline().toInstant(), input.warehouseCode(), owner, actor.username());
            TenderRow tender = tenders.find(number);
            for (int i = 0; i < input.items().size(); i++) {
                TenderInput.Item item = input.items().get(i);
                tenders.insertItem(tender.id(), i + 1, item.sku(), item.quantity(), item.neededBy());
            }
            for (int i = 0; i < input.suppliers().size(); i++) {
                SupplierRow supplier = tx.mapper(SupplierMapper.class).find(input.suppliers().get(i));
                if (supplier == null) {
                    throw new ValidationException("suppliers[" + i + "]", "no supplier with code " + input.suppliers().get(i));
                }
                PurchaseOrderService.orderable(tx, supplier.code());
                tenders.invite(tender.id(), supplier.id());
            }
            TenderView created = Tenders.view(tx, tender);
            tx.audit("tender.created", "tender", number, Map.of("title", created.title(), "deadline", created.deadline(),
                    "items", created.items(), "suppliers", input.suppliers()));
            return created;
        });
    }

    public TenderView get(String number) {
        return transactions.read(tx -> Tenders.view(tx, Tenders.require(tx.mapper(TenderMapper.class).find(number), number)));
    }

    /** Tenders newest first; a list never shows a bid, only how many arrived (on the detail). */
    public Page<TenderSummary> search(String q, String status, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String state = status == null || status.isBlank() ? null : status.strip();
        Check.input().rule(state == null || STATUSES.contains(state), "status", "must be one of " + String.join(", ",
                STATUSES.stream().sorted().toList())).validate();
        return transactions.read(tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            Page<TenderRow> rows = Page.of(tenders.search(pattern, state, null, page.fetch(), page.offset()), page,
                    tenders.count(pattern, state, null, page.countLimit()), row -> Cursor.of(row.id()));
            java.util.Map<Long, Integer> bids = rows.items().isEmpty() ? java.util.Map.of() : tenders.liveBidCounts(
                    rows.items().stream().map(TenderRow::id).toList()).stream()
                    .collect(java.util.stream.Collectors.toMap(io.mercato.procurement.impl.persistence.BidCountRow::tenderId,
                            io.mercato.procurement.impl.persistence.BidCountRow::bids));
            return rows.map(row -> TenderSummary.of(row, bids.getOrDefault(row.id(), 0)));
        });
    }

    /**
     * Opens the bids. After the deadline one call does it. Before it, the first call records who asks, and a second
     * person with the capability completes it; one of the two must be a supervisor (or an administrator).
     */
    public TenderView open(String number, Actor actor, boolean administrator) {
        return transactions.inTransaction(actor, tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            TenderRow tender = Tenders.require(tenders.lock(number), number);
            if (!"OPEN".equals(tender.status())) {
                throw new ConflictException("tender-" + tender.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        number + " is " + tender.status() + "; only an open tender can be opened");
            }
            boolean deadlinePassed = !Instant.now().isBefore(tender.deadline());
            if (!deadlinePassed) {
                String first = tender.earlyOpenRequestedBy();
                if (first == null) {
                    tenders.requestEarlyOpening(tender.id(), actor.username());
                    tx.audit("tender.early-opening-requested", "tender", number, Map.of("deadline", tender.deadline()));
                    return Tenders.view(tx, tenders.find(number));
                }
                if (first.equals(actor.username())) {
                    throw new ConflictException("second-person-needed", "Opening " + number + " before its deadline needs a second "
                            + "person with the tender capability; " + first + " asked for it already");
                }
                if (!administrator && !supervisor(first) && !supervisor(actor.username())) {
                    throw new ConflictException("supervisor-needed", "Opening " + number + " before its deadline needs a supervisor "
                            + "as one of the two people; neither " + first + " nor " + actor.username() + " is one");
                }
            }
            tenders.open(tender.id(), actor.username());
            tx.audit("tender.opened", "tender", number, Map.of("early", !deadlinePassed, "deadline", tender.deadline(),
                    "requestedBy", String.valueOf(tender.earlyOpenRequestedBy())));
            return Tenders.view(tx, tenders.find(number));
        });
    }

    public TenderView cancel(String number, String reason, Actor actor) {
        Check.input().text("reason", reason, 500, true).validate();
        return transactions.inTransaction(actor, tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            TenderRow tender = Tenders.require(tenders.lock(number), number);
            if (!Set.of("OPEN", "OPENED").contains(tender.status())) {
                throw new ConflictException("tender-closed", number + " is " + tender.status() + " and can no longer change");
            }
            tenders.cancel(tender.id(), reason.strip());
            tx.audit("tender.cancelled", "tender", number, Map.of("reason", reason.strip(), "from", tender.status()));
            return Tenders.view(tx, tenders.find(number));
        });
    }

    private boolean supervisor(String username) {
        return org.placementOf(username).map(placement -> placement.level().compareTo(PositionLevel.SUPERVISOR) >= 0).orElse(false);
    }

    private static void validate(TenderInput input) {
        Check check = Check.input()
                .text("title", input.title(), 200, true)
                .required("deadline", input.deadline())
                .code("warehouseCode", input.warehouseCode(), Codes.WAREHOUSE, Codes.WAREHOUSE_TEXT);
        check.rule(input.deadline() == null || input.deadline().toInstant().isAfter(Instant.now()), "deadline", "must be in the future");
        List<TenderInput.Item> items = input.items() == null ? List.of() : input.items();
        check.rule(!items.isEmpty(), "items", "at least one item is required")
                .rule(items.size() <= OrderTerms.MAX_LINES, "items", "must be at most " + OrderTerms.MAX_LINES);
        Set<String> skus = new HashSet<>();
        LocalDate today = LocalDate.now(PurchaseOrderService.COMPANY_ZONE);
        for (int i = 0; i < items.size() && i < OrderTerms.MAX_LINES; i++) {
            TenderInput.Item item = items.get(i);
            String field = "items[" + i + "].";
            if (item == null) {
                check.rule(false, "items[" + i + "]", "is required");
                continue;
            }
            check.code(field + "sku", item.sku(), Codes.SKU, Codes.SKU_TEXT)
                    .positive(field + "quantity", item.quantity())
                    .required(field + "neededBy", item.neededBy())
                    .rule(item.neededBy() == null || item.neededBy().isAfter(today), field + "neededBy", "must be in the future")
                    .rule(item.sku() == null || skus.add(item.sku()), field + "sku", "appears on another item");
        }
        List<String> suppliers = input.suppliers() == null ? List.of() : input.suppliers();
        check.rule(new HashSet<>(suppliers).size() >= 2, "suppliers", "invite at least two different suppliers")
                .rule(suppliers.size() <= 50, "suppliers", "must be at most 50")
                .rule(new HashSet<>(suppliers).size() == suppliers.size(), "suppliers", "each supplier once");
        check.validate();
    }
}
