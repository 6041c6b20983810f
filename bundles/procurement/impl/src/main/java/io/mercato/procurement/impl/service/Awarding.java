package io.mercato.procurement.impl.service;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.approval.Approval;
import io.mercato.platform.api.approval.ApprovalService;
import io.mercato.platform.api.approval.ApprovalStatus;
import io.mercato.platform.api.approval.Submission;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import io.mercato.procurement.impl.persistence.AwardRow;
import io.mercato.procurement.impl.persistence.BidLineRow;
import io.mercato.procurement.impl.persistence.SupplierMapper;
import io.mercato.procurement.impl.persistence.TenderItemRow;
import io.mercato.procurement.impl.persistence.TenderMapper;
import io.mercato.procurement.impl.persistence.TenderRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Awarding an opened tender. The proposal is awarded at once: the purchase orders (one draft per supplier) are made in
 * the same transaction and the tender closes for good. Anything else needs a written justification and the approval
 * chain (document type {@value #DOCUMENT_TYPE}); the orders follow its approval. A retried award makes nothing twice:
 * only an opened tender takes an award.
 */
@Component(service = Awarding.class)
public class Awarding {
    public static final String DOCUMENT_TYPE = "tender-award";
    private final Transactions transactions;
    private final ApprovalService approvals;
    private final Owners owners;

    @Activate
    public Awarding(@Reference ProcurementDatabase database, @Reference ApprovalService approvals, @Reference Owners owners) {
        this.transactions = database.transactions();
        this.approvals = approvals;
        this.owners = owners;
    }

    /** A decided award: per item the bid chosen and whether it is the proposal. */
    record Choice(TenderItemRow item, AwardProposal.Quote quote, boolean proposed) {
    }

    public TenderView award(String number, AwardInput input, Actor actor) {
        Check.input().text("justification", input.justification(), 2000, false).validate();
        List<Choice> choices = transactions.read(tx -> choose(tx, opened(tx, number, false), input));
        boolean deviates = choices.stream().anyMatch(choice -> !choice.proposed());
        if (!deviates) {
            return transactions.inTransaction(actor, tx -> {
                TenderRow tender = opened(tx, number, true);
                List<Choice> now = choose(tx, tender, input);
                record(tx, tender, now);
                return finish(tx, tender, now, null, null, owners.of(Capabilities.ORDER));
            });
        }
        if (input.justification() == null || input.justification().isBlank()) {
            throw new ValidationException("justification", "an award other than the proposal needs a written justification");
        }
        BigDecimal total = total(choices);
        Approval approval = approvals.submit(new Submission(DOCUMENT_TYPE, number, number + " award other than proposed: "
                + input.justification().strip(), total, OrderWorkflow.DEPARTMENT), actor);
        String owner = owners.of(Capabilities.ORDER);
        return transactions.inTransaction(actor, tx -> {
            TenderRow tender = opened(tx, number, true);
            List<Choice> now = choose(tx, tender, input);
            record(tx, tender, now);
            tx.audit("tender.award-submitted", "tender", number, Map.of("approval", approval.id(), "justification",
                    input.justification().strip(), "items", summary(now)));
            if (approval.status() == ApprovalStatus.APPROVED) {
                return finish(tx, tender, now, input.justification().strip(), approval.id(), owner);
            }
            tx.mapper(TenderMapper.class).setAward(tender.id(), "AWARD_PENDING", input.justification().strip(), approval.id());
            return Tenders.view(tx, tx.mapper(TenderMapper.class).find(number));
        });
    }

    /** The approval chain's decision about an award other than the proposal, in the outbox delivery's transaction. */
    void decided(TransactionContext tx, long approvalId, String number, String status) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        TenderRow tender = tenders.lock(number);
        if (tender == null || !"AWARD_PENDING".equals(tender.status()) || !Objects.equals(tender.approvalId(), approvalId)) {
            return;
        }
        if (ApprovalStatus.APPROVED.name().equals(status)) {
            List<Choice> chosen = recorded(tx, tender);
            finish(tx, tender, chosen, tender.awardJustification(), approvalId, owners.of(Capabilities.ORDER));
        } else {
            tenders.dropAwards(tender.id());
            tenders.setAward(tender.id(), "OPENED", null, null);
            tx.audit("tender.award-returned", "tender", number, Map.of("approval", approvalId, "decision", status));
        }
    }

    private static TenderRow opened(TransactionContext tx, String number, boolean lock) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        TenderRow tender = Tenders.require(lock ? tenders.lock(number) : tenders.find(number), number);
        if (!"OPENED".equals(tender.status())) {
            throw new ConflictException("tender-" + tender.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    number + " is " + tender.status() + "; only an opened tender is awarded"
                            + ("OPEN".equals(tender.status()) ? " (its bids are still sealed)" : ""));
        }
        return tender;
    }

    /** Per item, the supplier asked for or else the proposal; items without either stay unawarded. */
    private static List<Choice> choose(TransactionContext tx, TenderRow tender, AwardInput input) {
        List<AwardProposal.ItemProposal> proposals = Tenders.proposal(tx, tender);
        Map<Integer, String> asked = new LinkedHashMap<>();
        List<AwardInput.Choice> items = input.items() == null ? List.of() : input.items();
        for (int i = 0; i < items.size(); i++) {
            AwardInput.Choice choice = items.get(i);
            if (choice == null || choice.item() == null || choice.supplier() == null || choice.supplier().isBlank()) {
                throw new ValidationException("items[" + i + "]", "needs an item and a supplier");
            }
            if (proposals.stream().noneMatch(p -> p.item().itemNo() == choice.item())) {
                throw new ValidationException("items[" + i + "].item", "the tender has no item " + choice.item());
            }
            if (asked.put(choice.item(), choice.supplier().strip()) != null) {
                throw new ValidationException("items[" + i + "].item", "item " + choice.item() + " is awarded twice");
            }
        }
        List<Choice> choices = new ArrayList<>();
        for (AwardProposal.ItemProposal proposal : proposals) {
            String supplier = asked.get(proposal.item().itemNo());
            if (supplier == null) {
                if (proposal.proposed() != null) {
                    choices.add(new Choice(proposal.item(), proposal.proposed(), true));
                }
                continue;
            }
            AwardProposal.Quote quote = proposal.quotes().stream().filter(q -> q.supplier().equals(supplier)).findFirst()
                    .orElseThrow(() -> new ValidationException("items", supplier + " did not quote item " + proposal.item().itemNo()));
            choices.add(new Choice(proposal.item(), quote, proposal.proposed() != null && proposal.proposed().bidId() == quote.bidId()));
        }
        if (choices.isEmpty()) {
            throw new ConflictException("nothing-to-award", tender.number() + " has no acceptable quote to award; choose suppliers "
                    + "with a justification, or cancel it");
        }
        return choices;
    }

    private static void record(TransactionContext tx, TenderRow tender, List<Choice> choices) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        for (Choice choice : choices) {
            tenders.insertAward(tender.id(), choice.item().itemNo(), choice.quote().bidId(), choice.proposed());
        }
    }

    private static List<Choice> recorded(TransactionContext tx, TenderRow tender) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        Map<Integer, TenderItemRow> items = new LinkedHashMap<>();
        tenders.items(tender.id()).forEach(item -> items.put(item.itemNo(), item));
        Map<Long, Map<Integer, BidLineRow>> lines = new LinkedHashMap<>();
        tenders.liveBidLines(tender.id()).forEach(line -> lines.computeIfAbsent(line.bidId(), id -> new LinkedHashMap<>()).put(line.itemNo(), line));
        List<Choice> choices = new ArrayList<>();
        for (AwardRow award : tenders.awards(tender.id())) {
            BidLineRow line = lines.get(award.bidId()).get(award.itemNo());
            choices.add(new Choice(items.get(award.itemNo()), new AwardProposal.Quote(award.itemNo(), award.bidId(), award.supplierCode(),
                    line.unitPrice(), line.leadTimeDays(), line.minQuantity(), line.maxQuantity(), line.validUntil(), true, null),
                    award.proposed()));
        }
        return choices;
    }

    /** The purchase orders, one draft per supplier with its awarded items at its prices, and the tender closed. */
    private static TenderView finish(TransactionContext tx, TenderRow tender, List<Choice> choices, String justification,
                                     Long approvalId, String owner) {
        TenderMapper tenders = tx.mapper(TenderMapper.class);
        Map<String, List<Choice>> bySupplier = new LinkedHashMap<>();
        choices.forEach(choice -> bySupplier.computeIfAbsent(choice.quote().supplier(), s -> new ArrayList<>()).add(choice));
        Map<String, String> orders = new LinkedHashMap<>();
        for (Map.Entry<String, List<Choice>> entry : bySupplier.entrySet()) {
            LocalDate expected = entry.getValue().stream().map(choice -> choice.item().neededBy()).min(LocalDate::compareTo).orElseThrow();
            OrderInput input = new OrderInput(entry.getKey(), tender.warehouseCode(), expected, "CNY",
                    "Awarded in " + tender.number(), entry.getValue().stream().map(choice -> new OrderInput.Line(choice.item().sku(),
                    choice.item().quantity(), choice.quote().unitPrice(), null)).toList());
            PurchaseOrder order = PurchaseOrderService.insert(tx, tx.mapper(SupplierMapper.class).find(entry.getKey()), input, null, owner);
            orders.put(entry.getKey(), order.number());
            entry.getValue().forEach(choice -> tenders.awardOrdered(tender.id(), choice.item().itemNo(), order.number()));
        }
        tenders.setAward(tender.id(), "AWARDED", justification, approvalId);
        tx.audit("tender.awarded", "tender", tender.number(), Map.of("orders", orders, "items", summary(choices),
                "proposal", choices.stream().allMatch(Choice::proposed)));
        return Tenders.view(tx, tenders.find(tender.number()));
    }

    private static BigDecimal total(List<Choice> choices) {
        return choices.stream().map(choice -> choice.quote().unitPrice().multiply(BigDecimal.valueOf(choice.item().quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static List<String> summary(List<Choice> choices) {
        return choices.stream().map(choice -> "item " + choice.item().itemNo() + " → " + choice.quote().supplier()
                + (choice.proposed() ? "" : " (not the proposal)")).toList();
    }
}
