package io.mercato.delivery.impl.service;

import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.delivery.impl.fulfilment.Shipping;
import io.mercato.delivery.impl.persistence.AllocationMapper;
import io.mercato.delivery.impl.persistence.FulfilmentMapper;
import io.mercato.delivery.impl.persistence.OrderMapper;
import io.mercato.delivery.impl.persistence.OrderRow;
import io.mercato.platform.api.Cursor;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.PageRequest;
import io.mercato.platform.api.persistence.TransactionContext;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reading orders: the searchable list, one order whole, the review queue, and the read API for other departments. */
@Component(service = {OrderQueries.class, SalesOrders.class})
public class OrderQueries implements SalesOrders {
    private final Transactions transactions;

    @Activate
    public OrderQueries(@Reference DeliveryDatabase database) {
        this.transactions = database.transactions();
    }

    /** {@code q}: an order number, a channel's order number or a phone; {@code from}/{@code to}: days placed (inclusive). */
    public Page<OrderSummary> search(String q, String status, String from, String to, PageRequest page) {
        String text = q == null || q.isBlank() ? null : q.strip();
        String state = status == null || status.isBlank() ? null : status.strip().toUpperCase(java.util.Locale.ROOT);
        Check check = Check.input()
                .rule(state == null || Arrays.stream(OrderStatus.values()).anyMatch(s -> s.name().equals(state)), "status",
                        "must be one of " + Arrays.toString(OrderStatus.values()));
        Instant since = day(check, "from", from, 0);
        Instant until = day(check, "to", to, 1);
        check.validate();
        String phone = text == null ? null : PhoneNumbers.normalise(text);
        boolean byDay = since != null || until != null;
        Long beforeId = null;
        Instant beforePlaced = null;
        if (page.after() != null) {
            String[] cursor = Cursor.parts(page.after(), byDay ? 2 : 1);
            beforeId = Cursor.number(cursor[0]);
            beforePlaced = byDay ? Instant.EPOCH.plus(Cursor.number(cursor[1]), ChronoUnit.MICROS) : null;
        }
        Long fromId = beforeId;
        Instant fromPlaced = beforePlaced;
        return transactions.read(tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            return Page.of(orders.search(text, phone, state, since, until, fromId, fromPlaced, page.fetch(), page.offset()), page,
                    tx.withinMillis(PageRequest.COUNT_MILLIS, () -> orders.count(text, phone, state, since, until, page.countLimit())),
                    row -> byDay ? Cursor.of(row.id(), ChronoUnit.MICROS.between(Instant.EPOCH, row.placedAt())) : Cursor.of(row.id()))
                    .map(OrderSummary::of);
        });
    }

    /** Orders waiting for a reviewer, highest risk first. */
    public Page<OrderSummary> reviewQueue(PageRequest page) {
        Integer afterScore = null;
        Long afterId = null;
        if (page.after() != null) {
            String[] cursor = Cursor.parts(page.after(), 2);
            afterScore = (int) Cursor.number(cursor[0]);
            afterId = Cursor.number(cursor[1]);
        }
        Integer score = afterScore;
        Long id = afterId;
        return transactions.read(tx -> {
            OrderMapper orders = tx.mapper(OrderMapper.class);
            return Page.of(orders.reviewQueue(score, id, page.fetch(), page.offset()), page, orders.reviewQueueCount(page.countLimit()),
                    row -> Cursor.of(row.riskScore(), row.id())).map(OrderSummary::of);
        });
    }

    public OrderDetail get(String number) {
        return transactions.read(tx -> detail(tx, require(tx.mapper(OrderMapper.class).find(number), number)));
    }

    static OrderDetail detail(TransactionContext tx, OrderRow row) {
        OrderMapper orders = tx.mapper(OrderMapper.class);
        return OrderDetail.of(row, orders.lines(row.id()), tx.mapper(AllocationMapper.class).forOrder(row.id()),
                tx.mapper(FulfilmentMapper.class).shipmentsOfOrder(row.id()).stream().map(s -> Shipping.view(tx, s)).toList(),
                orders.timeline(row.id()));
    }

    @Override
    public Optional<SalesOrderInfo> find(String number) {
        return transactions.read(tx -> Optional.ofNullable(tx.mapper(OrderMapper.class).find(number)).map(row -> info(tx, row)));
    }

    @Override
    public Optional<SalesOrderInfo> findByChannel(String channel, String channelOrder) {
        return transactions.read(tx -> Optional.ofNullable(tx.mapper(OrderMapper.class).byChannel(channel, channelOrder)).map(row -> info(tx, row)));
    }

    private static SalesOrderInfo info(TransactionContext tx, OrderRow row) {
        return new SalesOrderInfo(row.number(), row.channel(), row.channelOrder(), OrderStatus.valueOf(row.status()), row.customerName(),
                row.phone(), row.province(), row.city(), row.goodsTotal(), row.discountTotal(), row.shippingFee(), row.total(),
                row.paymentMethod(), row.placedAt(), tx.mapper(OrderMapper.class).lines(row.id()).stream()
                .map(l -> new SalesOrderInfo.Line(l.lineNo(), l.sku(), l.quantity(), l.unitPrice(), l.discount(), l.amount(), l.merchantCode()))
                .toList());
    }

    static OrderRow require(OrderRow row, String number) {
        if (row == null) {
            throw new NotFoundException("No sales order " + number);
        }
        return row;
    }

    private static Instant day(Check check, String field, String value, int plusDays) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(ShopCalendar.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            check.rule(false, field, "must be a date like 2026-11-30");
            return null;
        }
    }
}
