package io.mercato.crm.impl.returns;

import io.mercato.crm.impl.members.Mobiles;
import io.mercato.crm.impl.persistence.CrmDatabase;
import io.mercato.crm.impl.persistence.MemberMapper;
import io.mercato.crm.impl.persistence.MemberRow;
import io.mercato.crm.impl.persistence.RefundMapper;
import io.mercato.crm.impl.persistence.ReturnCaseRow;
import io.mercato.crm.impl.persistence.ReturnMapper;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.TextSearch;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Opens returns and exchanges for delivered order lines (read through delivery's {@link SalesOrders}: without delivery no
 * return can be opened, and the answer says so) and keeps the return/exchange register.
 */
@Component(service = ReturnDesk.class)
public class ReturnDesk {
    public static final String CAPABILITY = "crm.returns";
    static final Set<String> STATUSES = Set.of("OPEN", "RECEIVED", "REFUSED", "SENT_BACK", "DISPUTED", "REPLACEMENT", "REFUND", "CLOSED");
    private static final Set<String> KINDS = Set.of("RETURN", "EXCHANGE");
    private static final Set<String> REASONS = Set.of("QUALITY", "DAMAGED", "WRONG_ITEM", "NOT_AS_DESCRIBED", "SIZE", "CHANGED_MIND", "OTHER");
    private final Transactions transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SalesOrders salesOrders;

    @Activate
    public ReturnDesk(@Reference CrmDatabase database) {
        this.transactions = database.transactions();
    }

    public ReturnCase open(ReturnInput input, Actor actor) {
        String kind = upper(input == null ? null : input.kind());
        String reasonCode = upper(input == null ? null : input.reasonCode());
        Check check = Check.input().text("order", input == null ? null : input.order(), 40, true)
                .rule(kind != null && KINDS.contains(kind), "kind", "must be RETURN or EXCHANGE")
                .rule(reasonCode != null && REASONS.contains(reasonCode), "reasonCode", "must be one of " + String.join(", ", REASONS.stream().sorted().toList()))
                .text("reason", input == null ? null : input.reason(), 500, true)
                .rule(input != null && input.lines() != null && !input.lines().isEmpty() && input.lines().size() <= 200, "lines",
                        "name 1 to 200 lines of the order");
        check.validate();
        SalesOrderInfo order = deliveredOrder(input.order().strip());
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < input.lines().size(); i++) {
            ReturnInput.Line line = input.lines().get(i);
            Optional<SalesOrderInfo.Line> ordered = line == null || line.lineNo() == null ? Optional.empty()
                    : order.lines().stream().filter(l -> l.lineNo() == line.lineNo()).findFirst();
            check.rule(ordered.isPresent(), "lines[" + i + "].lineNo", "is no line of order " + order.number())
                    .rule(line == null || line.lineNo() == null || seen.add(line.lineNo()), "lines[" + i + "].lineNo", "is named twice")
                    .rule(line != null && line.quantity() != null && line.quantity() > 0, "lines[" + i + "].quantity", "must be 1 or more")
                    .rule(ordered.isEmpty() || line.quantity() == null || line.quantity() <= ordered.get().quantity(), "lines[" + i + "].quantity",
                            "is more than the " + ordered.map(SalesOrderInfo.Line::quantity).orElse(0) + " delivered");
        }
        check.validate();
        return transactions.inTransaction(actor, tx -> {
            ReturnMapper returns = tx.mapper(ReturnMapper.class);
            BigDecimal goods = BigDecimal.ZERO;
            for (ReturnInput.Line line : input.lines()) {
                goods = goods.add(amount(order, line));
            }
            BigDecimal orderGoods = order.lines().stream().map(SalesOrderInfo.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal postage = orderGoods.signum() == 0 ? BigDecimal.ZERO
                    : order.shippingFee().multiply(goods).divide(orderGoods, 2, RoundingMode.HALF_UP);
            String mobile = Mobiles.normalise(order.phone());
            MemberRow member = mobile == null ? null : tx.mapper(MemberMapper.class).findByMobile(mobile);
            long id = returns.insert(kind, order.number(), member == null ? null : member.id(), order.customerName(), order.phone(), reasonCode,
                    input.reason().strip(), goods, postage, actor.username());
            for (int i = 0; i < input.lines().size(); i++) {
                ReturnInput.Line line = input.lines().get(i);
                SalesOrderInfo.Line ordered = orderLine(order, line.lineNo());
                if (returns.insertLine(id, order.number(), line.lineNo(), ordered.sku(), line.quantity(), amount(order, line)) == 0) {
                    throw new ConflictException("line-returned", "Line " + line.lineNo() + " of order " + order.number() + " was returned before, in "
                            + returns.caseOfLine(order.number(), line.lineNo()));
                }
            }
            returns.recordPayment(order.number(), order.total());
            ReturnCaseRow row = returns.byId(id);
            tx.audit("crm.return-opened", "return", row.number(), Map.of("order", order.number(), "kind", kind, "reasonCode", reasonCode,
                    "lines", input.lines().size(), "goods", goods.toPlainString()));
            return detail(tx, row);
        });
    }

    /** A delivered order's lines as a return form needs them: what was delivered and which return took a line already. */
    public record OrderForReturn(String order, String status, String customerName, java.time.Instant placedAt, BigDecimal total,
                                 List<ReturnableLine> lines) {
    }

    public record ReturnableLine(int lineNo, String sku, int quantity, BigDecimal amount, String returnedIn) {
    }

    public OrderForReturn orderForReturn(String number) {
        SalesOrders orders = salesOrders;
        if (orders == null) {
            throw new ConflictException("delivery-unavailable", "The delivery department is not installed: its orders cannot be read now");
        }
        SalesOrderInfo order = orders.find(number == null ? "" : number.strip())
                .orElseThrow(() -> new NotFoundException("No sales order " + number));
        return transactions.read(tx -> new OrderForReturn(order.number(), order.status().name(), order.customerName(), order.placedAt(),
                order.total(), order.lines().stream().map(line -> new ReturnableLine(line.lineNo(), line.sku(), line.quantity(), line.amount(),
                        tx.mapper(ReturnMapper.class).caseOfLine(order.number(), line.lineNo()))).toList()));
    }

    public Page<ReturnCaseRow> search(String q, String status, boolean overdue, PageRequest page) {
        String pattern = TextSearch.contains(q);
        String wanted = upper(status);
        Check.input().rule(wanted == null || STATUSES.contains(wanted), "status", "must be one of " + String.join(", ", STATUSES.stream().sorted().toList()))
                .validate();
        Long beforeId = page.after() == null ? null : Cursor.number(Cursor.parts(page.after(), 1)[0]);
        return transactions.read(tx -> {
            ReturnMapper returns = tx.mapper(ReturnMapper.class);
            return Page.of(returns.search(pattern, wanted, overdue, beforeId, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> returns.count(pattern, wanted, overdue, page.countLimit())),
                    row -> Cursor.of(row.id()));
        });
    }

    public ReturnCase get(String number) {
        return transactions.read(tx -> detail(tx, require(tx, number, false)));
    }

    static ReturnCase detail(TransactionContext tx, ReturnCaseRow row) {
        return ReturnCase.of(row, tx.mapper(ReturnMapper.class).lines(row.id()), tx.mapper(RefundMapper.class).ofCase(row.id()));
    }

    static ReturnCaseRow require(TransactionContext tx, String number, boolean lock) {
        ReturnCaseRow row = number == null ? null : lock ? tx.mapper(ReturnMapper.class).lock(number) : tx.mapper(ReturnMapper.class).find(number);
        if (row == null) {
            throw new NotFoundException("No return " + number);
        }
        return row;
    }

    private SalesOrderInfo deliveredOrder(String number) {
        SalesOrders orders = salesOrders;
        if (orders == null) {
            throw new ConflictException("delivery-unavailable", "The delivery department is not installed: its orders cannot be read, so no "
                    + "return can be opened now");
        }
        SalesOrderInfo order = orders.find(number).orElseThrow(() -> new ValidationException("order", "is no sales order of the delivery department"));
        if (order.status() != OrderStatus.DELIVERED) {
            throw new ConflictException("order-not-delivered", "Order " + number + " is " + order.status() + ": only delivered orders are returned");
        }
        return order;
    }

    private static BigDecimal amount(SalesOrderInfo order, ReturnInput.Line line) {
        SalesOrderInfo.Line ordered = orderLine(order, line.lineNo());
        return ordered.amount().multiply(BigDecimal.valueOf(line.quantity())).divide(BigDecimal.valueOf(ordered.quantity()), 2, RoundingMode.HALF_UP);
    }

    private static SalesOrderInfo.Line orderLine(SalesOrderInfo order, int lineNo) {
        return order.lines().stream().filter(l -> l.lineNo() == lineNo).findFirst().orElseThrow();
    }

    private static String upper(String text) {
        return text == null || text.isBlank() ? null : text.strip().toUpperCase(Locale.ROOT);
    }
}
