package io.mercato.crm.impl.returns;

import io.mercato.crm.api.CrmEvents;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.persistence.ReturnLineRow;
import io.mercato.crm.impl.persistence.ReturnMapper;
import io.mercato.delivery.api.ReplacementRequests;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * A return after it is opened: the warehouse receives the goods and records the quality check, which decides the outcome
 * ({@link ReturnOutcome}); refused goods are sent back within 72 hours and the customer may dispute. The goods' way into
 * stock, a replacement order and a refund follow the check, each through the outbox or the approval chain.
 */
@Component(service = ReturnHandling.class)
public class ReturnHandling {
    /** The goods of a checked return, for the stock posting (CRM's own subscriber, while the warehouse runs). */
    public static final String RETURN_CHECKED = "mercato/crm/return-checked";
    static final Duration SEND_BACK_WITHIN = Duration.ofHours(72);
    private static final Pattern WAREHOUSE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");
    private final Transactions transactions;
    private final Refunds refunds;

    @Activate
    public ReturnHandling(@Reference CrmDatabase database, @Reference Refunds refunds) {
        this.transactions = database.transactions();
        this.refunds = refunds;
    }

    public record Receipt(String warehouseCode) {
    }

    public record SendBack(String tracking) {
    }

    public record Dispute(String note) {
    }

    public ReturnCase receive(String number, Receipt receipt, Actor actor) {
        String warehouse = receipt == null || receipt.warehouseCode() == null ? null : receipt.warehouseCode().strip().toUpperCase(Locale.ROOT);
        Check.input().rule(warehouse != null && WAREHOUSE.matcher(warehouse).matches(), "warehouseCode", "must name a warehouse (e.g. WH-EAST)")
                .validate();
        return transactions.inTransaction(actor, tx -> {
            ReturnCaseRow row = ReturnDesk.require(tx, number, true);
            if (tx.mapper(ReturnMapper.class).received(row.id(), warehouse, actor.username()) == 0) {
                throw new ConflictException("not-open", "Return " + number + " is " + row.status() + ": its goods were received already");
            }
            tx.audit("crm.return-received", "return", number, Map.of("warehouse", warehouse));
            return ReturnDesk.detail(tx, tx.mapper(ReturnMapper.class).byId(row.id()));
        });
    }

    public ReturnCase check(String number, QualityCheckInput input, Actor actor) {
        String fault = input == null || input.fault() == null ? null : input.fault().strip().toUpperCase(Locale.ROOT);
        String resolution = input == null || input.resolution() == null || input.resolution().isBlank() ? null
                : input.resolution().strip().toUpperCase(Locale.ROOT);
        Check.input().required("qualityProblem", input == null ? null : input.qualityProblem())
                .rule(fault != null && Set.of("CUSTOMER", "COMPANY", "NONE").contains(fault), "fault", "must be CUSTOMER, COMPANY or NONE")
                .required("resaleable", input == null ? null : input.resaleable())
                .rule(resolution == null || Set.of("REFUND", "REPLACE", "EXCHANGE").contains(resolution), "resolution",
                        "must be REFUND, REPLACE or EXCHANGE")
                .text("note", input == null ? null : input.note(), 500, false)
                .validate();
        return transactions.inTransaction(actor, tx -> {
            ReturnCaseRow row = ReturnDesk.require(tx, number, true);
            if (!"RECEIVED".equals(row.status())) {
                throw new ConflictException("not-received", "Return " + number + " is " + row.status() + ": the check follows the goods' receipt, once");
            }
            ReturnOutcome.Resolution chosen = resolution != null ? ReturnOutcome.Resolution.valueOf(resolution)
                    : "EXCHANGE".equals(row.kind()) ? (input.qualityProblem() || "COMPANY".equals(fault)
                            ? ReturnOutcome.Resolution.REPLACE : ReturnOutcome.Resolution.EXCHANGE) : ReturnOutcome.Resolution.REFUND;
            ReturnOutcome outcome = ReturnOutcome.decide(input.qualityProblem(), fault, input.resaleable(), chosen);
            Instant due = outcome == ReturnOutcome.REFUSED ? Instant.now().plus(SEND_BACK_WITHIN) : null;
            tx.mapper(ReturnMapper.class).checked(row.id(), outcome.status(), input.qualityProblem(), fault, input.resaleable(),
                    input.note() == null || input.note().isBlank() ? null : input.note().strip(), actor.username(), outcome.name(), due);
            List<ReturnLineRow> lines = tx.mapper(ReturnMapper.class).lines(row.id());
            if (outcome.goodsKept()) {
                tx.publish(RETURN_CHECKED, Map.of(CrmEvents.RETURN, number, "warehouseCode", row.warehouseCode(), "resaleable", input.resaleable(),
                        CrmEvents.LINES, lines(lines)));
            }
            if (outcome.ships()) {
                boolean customerPays = outcome == ReturnOutcome.EXCHANGE;
                tx.publish(ReplacementRequests.TOPIC, Map.of(ReplacementRequests.RETURN, number, ReplacementRequests.ORDER, row.orderNumber(),
                        ReplacementRequests.LINES, lines(lines), ReplacementRequests.SHIPPING_FEE,
                        (customerPays ? row.postageShare() : BigDecimal.ZERO).toPlainString(), ReplacementRequests.PAYMENT, customerPays ? "COD" : "PREPAID"));
            }
            if (outcome.refunds()) {
                refunds.request(tx, row, outcome == ReturnOutcome.REFUND_FULL ? row.postageShare() : BigDecimal.ZERO);
            }
            tx.audit("crm.return-checked", "return", number, Map.of("qualityProblem", input.qualityProblem(), "fault", fault,
                    "resaleable", input.resaleable(), "outcome", outcome.name()));
            return ReturnDesk.detail(tx, tx.mapper(ReturnMapper.class).byId(row.id()));
        });
    }

    public ReturnCase sentBack(String number, SendBack sendBack, Actor actor) {
        Check.input().text("tracking", sendBack == null ? null : sendBack.tracking(), 60, true).validate();
        return command(number, actor, "crm.return-sent-back", tx -> tx.mapper(ReturnMapper.class).sentBack(tx.mapper(ReturnMapper.class)
                .find(number).id(), sendBack.tracking().strip()), "refused goods waiting to be sent back", Map.of("tracking", sendBack.tracking().strip()));
    }

    public ReturnCase dispute(String number, Dispute dispute, Actor actor) {
        Check.input().text("note", dispute == null ? null : dispute.note(), 1000, true).validate();
        return command(number, actor, "crm.return-disputed", tx -> tx.mapper(ReturnMapper.class).disputed(tx.mapper(ReturnMapper.class)
                .find(number).id(), dispute.note().strip()), "refused (a dispute is about a refusal)", Map.of("note", dispute.note().strip()));
    }

    private ReturnCase command(String number, Actor actor, String action, java.util.function.ToIntFunction<TransactionContext> change,
                               String expected, Map<String, Object> details) {
        return transactions.inTransaction(actor, tx -> {
            ReturnCaseRow row = ReturnDesk.require(tx, number, true);
            if (change.applyAsInt(tx) == 0) {
                throw new ConflictException("wrong-status", "Return " + number + " is " + row.status() + ", not " + expected);
            }
            tx.audit(action, "return", number, details);
            return ReturnDesk.detail(tx, tx.mapper(ReturnMapper.class).byId(row.id()));
        });
    }

    private static List<Map<String, Object>> lines(List<ReturnLineRow> lines) {
        return lines.stream().map(line -> {
            Map<String, Object> item = new HashMap<>();
            item.put("lineNo", line.lineNo());
            item.put("sku", line.sku());
            item.put("quantity", line.quantity());
            return item;
        }).toList();
    }
}
