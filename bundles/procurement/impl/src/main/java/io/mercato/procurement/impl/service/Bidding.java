package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.SupplierRow;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import io.mercato.procurement.impl.persistence.TenderMapper;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Bids: one live bid per supplier and tender, amended until the deadline (every version kept, the last counts). The
 * supplier's invitation is locked while a bid is taken, so concurrent submissions of one supplier queue up and leave one
 * live bid. The audit trail records who, when, which version and the channel — never a price.
 */
@Component(service = Bidding.class)
public class Bidding {
    static final int MAX_LEAD_TIME_DAYS = 365;
    private final Transactions transactions;

    @Activate
    public Bidding(@Reference ProcurementDatabase database) {
        this.transactions = database.transactions();
    }

    /** A supplier's own bid through its login. */
    public BidReceipt submitOnline(String number, long supplierId, BidInput input, Actor actor) {
        return submit(number, supplierId, input, "ONLINE", actor);
    }

    /** A bid received on paper, recorded by a buyer; audited as such. */
    public BidReceipt recordPaper(String number, BidInput input, Actor actor) {
        Check.input().code("supplier", input.supplier(), Codes.SUPPLIER, Codes.SUPPLIER_TEXT).validate();
        SupplierRow supplier = transactions.read(tx -> tx.mapper(SupplierMapper.class).find(input.supplier()));
        if (supplier == null) {
            throw new ValidationException("supplier", "no supplier with code " + input.supplier());
        }
        return submit(number, supplier.id(), input, "PAPER", actor);
    }

    private BidReceipt submit(String number, long supplierId, BidInput input, String channel, Actor actor) {
        validateLines(input.lines());
        return transactions.inTransaction(actor, tx -> {
            TenderMapper tenders = tx.mapper(TenderMapper.class);
            TenderRow current = Tenders.require(tenders.lockShared(number), number);
            if (tenders.lockInvitation(current.id(), supplierId) == null) {
                throw new ConflictException("not-invited", "This supplier is not invited to " + number);
            }
            if (!"OPEN".equals(current.status()) || !Instant.now().isBefore(current.deadline())) {
                throw new ConflictException("tender-closed-for-bids", number + " takes no more bids: "
                        + ("OPEN".equals(current.status()) ? "its deadline passed" : "it is " + current.status()));
            }
            checkItems(tenders.items(current.id()), input.lines());
            return take(tx, tenders, current, supplierId, input, channel, actor);
        });
    }

    private static BidReceipt take(TransactionContext tx, TenderMapper tenders, TenderRow tender, long supplierId, BidInput input,
                                   String channel, Actor actor) {
        String supplier = tx.mapper(SupplierMapper.class).byId(supplierId).code();
        int version = tenders.nextVersion(tender.id(), supplierId);
        tenders.retire(tender.id(), supplierId);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String nonce = BidDigest.nonce();
        String digest = BidDigest.digest(BidDigest.canonical(tender.number(), supplier, version, at, nonce, input.lines()));
        long bidId = tenders.insertBid(tender.id(), supplierId, version, channel, digest, nonce, actor.username(), at);
        for (BidInput.Line line : input.lines()) {
            tenders.insertBidLine(bidId, line.item(), BidDigest.price(line.unitPrice()), line.leadTimeDays(),
                    line.minQuantity() == null ? 1 : line.minQuantity(), line.maxQuantity(), line.validUntil());
        }
        // Sealed: who, when, which version and how it came; no price, no digest.
        tx.audit("PAPER".equals(channel) ? "tender.paper-bid-recorded" : "tender.bid-submitted", "tender", tender.number(),
                Map.of("supplier", supplier, "version", version, "channel", channel, "items", input.lines().size()));
        return new BidReceipt(tender.number(), supplier, version, at, digest, nonce);
    }

    private static void checkItems(List<TenderItemRow> items, List<BidInput.Line> lines) {
        Set<Integer> known = items.stream().map(TenderItemRow::itemNo).collect(Collectors.toSet());
        for (int i = 0; i < lines.size(); i++) {
            if (!known.contains(lines.get(i).item())) {
                throw new ValidationException("lines[" + i + "].item", "the tender has no item " + lines.get(i).item());
            }
        }
    }

    private static void validateLines(List<BidInput.Line> input) {
        List<BidInput.Line> lines = input == null ? List.of() : input;
        Check check = Check.input().rule(!lines.isEmpty(), "lines", "quote at least one item")
                .rule(lines.size() <= OrderTerms.MAX_LINES, "lines", "must be at most " + OrderTerms.MAX_LINES);
        Set<Integer> seen = new HashSet<>();
        LocalDate today = LocalDate.now(PurchaseOrderService.COMPANY_ZONE);
        for (int i = 0; i < lines.size() && i < OrderTerms.MAX_LINES; i++) {
            BidInput.Line line = lines.get(i);
            String field = "lines[" + i + "].";
            if (line == null) {
                check.rule(false, "lines[" + i + "]", "is required");
                continue;
            }
            check.positive(field + "item", line.item())
                    .unitPrice(field + "unitPrice", line.unitPrice(), true)
                    .required(field + "leadTimeDays", line.leadTimeDays())
                    .required(field + "validUntil", line.validUntil());
            check.rule(line.leadTimeDays() == null || (line.leadTimeDays() >= 0 && line.leadTimeDays() <= MAX_LEAD_TIME_DAYS),
                    field + "leadTimeDays", "must be between 0 and " + MAX_LEAD_TIME_DAYS);
            if (line.minQuantity() != null) {
                check.positive(field + "minQuantity", line.minQuantity());
            }
            if (line.maxQuantity() != null) {
                check.positive(field + "maxQuantity", line.maxQuantity())
                        .rule(line.minQuantity() == null || line.maxQuantity() >= line.minQuantity(), field + "maxQuantity",
                                "must not be below minQuantity");
            }
            check.rule(line.validUntil() == null || !line.validUntil().isBefore(today), field + "validUntil", "must not be in the past")
                    .rule(line.item() == null || seen.add(line.item()), field + "item", "is quoted twice");
        }
        check.validate();
    }
}
