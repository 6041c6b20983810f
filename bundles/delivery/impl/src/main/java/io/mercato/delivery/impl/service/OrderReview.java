package io.mercato.delivery.impl.service;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.impl.persistence.BlacklistMapper;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.delivery.impl.risk.RiskAssessment;
import io.mercato.delivery.impl.risk.RiskFactsReader;
import io.mercato.platform.api.settings.VersionedSettings;
import io.mercato.delivery.impl.risk.RiskSettings;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The review queue's decisions (订单处理): confirm a flagged order, correct its contact (before and after recorded, the
 * order scored again), cancel it with a reason, or blacklist its contact and cancel it. Stock follows through the
 * outbox: a confirmed order is allocated, a cancelled one's reservations are given back.
 */
@Component(service = OrderReview.class)
public class OrderReview {
    public static final String CAPABILITY = "delivery.review";
    /** Until picking starts an order may still change or be cancelled here. */
    private static final Set<String> OPEN = Set.of("RECEIVED", "UNDER_REVIEW", "CONFIRMED", "ALLOCATED", "ON_HOLD");
    private final Transactions transactions;
    private final VersionedSettings<RiskSettings> riskRules;

    @Activate
    public OrderReview(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
        this.riskRules = database.riskRules();
    }

    public OrderDetail confirm(String number, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            OrderRow order = locked(tx, number, Set.of("UNDER_REVIEW"), "confirmed");
            if ("NONE".equals(order.stockState())) {
                orders.setStockState(order.id(), "WAITING");
            }
            OrderRow confirmed = OrderTransitions.move(tx, order, OrderStatus.CONFIRMED, "confirmed in review", null);
            if ("RESERVED".equals(confirmed.stockState())) {
                confirmed = OrderTransitions.move(tx, confirmed, OrderStatus.ALLOCATED, "stock held during review", null);
            }
            return OrderQueries.detail(tx, confirmed);
        });
    }

    public OrderDetail cancel(String number, String reason, Actor actor) {
        Check.input().text("reason", reason, 500, true).validate();
        return transactions.inTransaction(actor, tx -> OrderQueries.detail(tx, cancelIn(tx, number, reason.strip())));
    }

    private static OrderRow cancelIn(TransactionContext tx, String number, String reason) {
        OrderRow order = locked(tx, number, OPEN, "cancelled");
        if ("WAITING".equals(order.stockState())) {
            tx.mapper(OrderMapper.class).setStockState(order.id(), "NONE");
        }
        return OrderTransitions.move(tx, order, OrderStatus.CANCELLED, reason, null);
    }

    public OrderDetail editContact(String number, ContactEdit edit, Actor actor) {
        Check check = Check.input();
        check.rule(edit != null && (edit.name() != null || edit.phone() != null || edit.address() != null), "contact",
                "must change the name, the phone or the address").validate();
        check.text("reason", edit.reason(), 500, false);
        return transactions.inTransaction(actor, tx -> {
            OrderRow order = locked(tx, number, OPEN, "edited");
            OrderMapper orders = tx.mapper(OrderMapper.class);
            // The edit is checked exactly like an intake, with the order's other fields as they stand.
            OrderInput.Address address = edit.address() != null ? edit.address()
                    : new OrderInput.Address(order.province(), order.city(), order.district(), order.street(), order.postcode());
            OrderInput asEdited = new OrderInput(order.channel(), order.channelOrder(),
                    new OrderInput.Customer(edit.name() != null ? edit.name() : order.customerName(),
                            edit.phone() != null ? edit.phone() : order.phone(), address),
                    orders.lines(order.id()).stream().map(l -> new OrderInput.Line(l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.merchantCode()))
                            .toList(),
                    order.shippingFee(), new OrderInput.Payment(order.paymentMethod(), order.paymentReference()), order.buyerNote(), null);
            OrderDraft draft = checkedAsEdited(asEdited);
            orders.setContact(order.id(), draft.customerName(), draft.phone(), draft.province(), draft.city(), draft.district(),
                    draft.street(), draft.postcode(), draft.addressKey());
            RiskAssessment rescored = RiskFactsReader.assess(tx, draft, riskRules);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("before", contact(order));
            details.put("after", contact(orders.byId(order.id())));
            details.put("scoreBefore", order.riskScore());
            details.put("scoreAfter", rescored.score());
            details.put("findingsAfter", rescored.findings());
            OrderTransitions.note(tx, order, "CONTACT_EDITED", edit.reason() == null || edit.reason().isBlank() ? null : edit.reason().strip(), details);
            return OrderQueries.detail(tx, orders.byId(order.id()));
        });
    }

    /** Puts the order's phone (and, if asked, its address) on the blacklist and cancels the order. */
    public OrderDetail blacklist(String number, BlacklistRequest request, Actor actor) {
        Check.input().text("reason", request == null ? null : request.reason(), 500, true).validate();
        return transactions.inTransaction(actor, tx -> {
            OrderRow order = locked(tx, number, OPEN, "blacklisted");
            BlacklistMapper blacklist = tx.mapper(BlacklistMapper.class);
            String reason = request.reason().strip() + " (" + number + ")";
            blacklist.insert("PHONE", order.phone(), reason, actor.username());
            if (Boolean.TRUE.equals(request.address())) {
                blacklist.insert("ADDRESS", order.addressKey(), reason, actor.username());
            }
            tx.audit("delivery.blacklisted", "blacklist", order.phone(), Map.of("order", number, "address", Boolean.TRUE.equals(request.address())));
            return OrderQueries.detail(tx, cancelIn(tx, number, "blacklisted: " + request.reason().strip()));
        });
    }

    /** Intake's field names (customer.phone) said as the correction's own (phone). */
    private static OrderDraft checkedAsEdited(OrderInput order) {
        try {
            return OrderChecks.check(order);
        } catch (ValidationException e) {
            throw new ValidationException(e.errors().stream()
                    .map(error -> new FieldError(error.field().replaceFirst("^customer\\.", ""), error.message())).toList());
        }
    }

    public record BlacklistRequest(String reason, Boolean address) {
    }

    private static Map<String, String> contact(OrderRow row) {
        Map<String, String> contact = new LinkedHashMap<>();
        contact.put("name", row.customerName());
        contact.put("phone", row.phone());
        contact.put("address", String.join(" ", List.of(row.province(), nz(row.city()), nz(row.district()), nz(row.street()), nz(row.postcode()))).strip());
        return contact;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static OrderRow locked(TransactionContext tx, String number, Set<String> allowed, String what) {
        OrderRow order = OrderQueries.require(tx.mapper(OrderMapper.class).lock(number), number);
        if (!allowed.contains(order.status())) {
            throw new ConflictException("order-" + order.status().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    "Order " + number + " is " + order.status() + " and cannot be " + what);
        }
        return order;
    }
}
