package com.example.shop.giftwrap.impl;

import com.example.shop.giftwrap.api.GiftWrapService;
import com.example.shop.giftwrap.api.WrapOption;
import com.example.shop.giftwrap.api.WrapRequest;
import io.mercato.delivery.api.OrderStatus;
import io.mercato.delivery.api.SalesOrderInfo;
import io.mercato.delivery.api.SalesOrders;
import io.mercato.platform.api.Actor;
import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.persistence.Transactions;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Wrap options and wrap requests. A request names a sales order of the delivery department: when delivery is installed
 * its API says whether the order exists and is still open (not shipped); without it the request is taken all the same,
 * marked as not checked — gift wrapping never needs delivery to start.
 */
@Component(service = {GiftWrapService.class, GiftWrapping.class})
public class GiftWrapping implements GiftWrapService {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");
    private static final Set<OrderStatus> WRAPPABLE = EnumSet.of(OrderStatus.RECEIVED, OrderStatus.UNDER_REVIEW, OrderStatus.CONFIRMED,
            OrderStatus.ALLOCATED, OrderStatus.ON_HOLD, OrderStatus.PICKING);
    private final Transactions transactions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile SalesOrders salesOrders;

    @Activate
    public GiftWrapping(@Reference DepartmentDatabase database) {
        this.transactions = database.transactions();
    }

    public record OptionInput(String code, String nameEn, String nameZh, BigDecimal price) {
    }

    public record RequestInput(String orderNumber, String optionCode, String cardMessage) {
    }

    public List<WrapOption> options() {
        return transactions.read(tx -> tx.mapper(WrapMapper.class).options());
    }

    public WrapOption addOption(OptionInput input, Actor actor) {
        String code = input == null || input.code() == null ? null : input.code().strip().toUpperCase(Locale.ROOT);
        Check.input()
                .rule(code != null && CODE.matcher(code).matches(), "code", "must be 2 to 20 letters, digits or '-'")
                .text("nameEn", input == null ? null : input.nameEn(), 100, true)
                .text("nameZh", input == null ? null : input.nameZh(), 100, true)
                .required("price", input == null ? null : input.price())
                .validate();
        Check.input().money("price", input.price(), true).validate();
        return transactions.inTransaction(actor, tx -> {
            WrapMapper wraps = tx.mapper(WrapMapper.class);
            if (wraps.insertOption(code, input.nameEn().strip(), input.nameZh().strip(), input.price(), actor.username()) == null) {
                throw new ConflictException("option-exists", "Wrap option " + code + " exists already");
            }
            tx.audit("giftwrap.option-added", "giftwrap-option", code, Map.of("price", input.price()));
            return wraps.option(code);
        });
    }

    public List<WrapRequest> requests(String order, String status) {
        String wanted = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        Check.input().rule(wanted == null || Set.of("REQUESTED", "WRAPPED", "CANCELLED").contains(wanted), "status",
                "must be REQUESTED, WRAPPED or CANCELLED").validate();
        String number = order == null || order.isBlank() ? null : order.strip();
        return transactions.read(tx -> tx.mapper(WrapMapper.class).requests(number, wanted, 200));
    }

    @Override
    public List<WrapRequest> forOrder(String orderNumber) {
        return transactions.read(tx -> tx.mapper(WrapMapper.class).forOrder(orderNumber));
    }

    public WrapRequest request(RequestInput input, Actor actor) {
        Check.input()
                .text("orderNumber", input == null ? null : input.orderNumber(), 40, true)
                .text("optionCode", input == null ? null : input.optionCode(), 20, true)
                .text("cardMessage", input == null ? null : input.cardMessage(), 200, false)
                .validate();
        String order = input.orderNumber().strip();
        boolean checked = checkOrder(order);
        return transactions.inTransaction(actor, tx -> {
            WrapMapper wraps = tx.mapper(WrapMapper.class);
            WrapOption option = wraps.option(input.optionCode().strip().toUpperCase(Locale.ROOT));
            if (option == null || !option.active()) {
                throw new io.mercato.platform.api.ValidationException("optionCode", "is no wrap option on offer");
            }
            String message = input.cardMessage() == null || input.cardMessage().isBlank() ? null : input.cardMessage().strip();
            long id = wraps.insertRequest(order, option.code(), message, option.price(), checked, actor.username());
            tx.audit("giftwrap.requested", "giftwrap-request", String.valueOf(id),
                    Map.of("order", order, "option", option.code(), "orderChecked", checked));
            return wraps.request(id);
        });
    }

    public WrapRequest markWrapped(long id, Actor actor) {
        return transactions.inTransaction(actor, tx -> {
            WrapMapper wraps = tx.mapper(WrapMapper.class);
            WrapRequest request = wraps.request(id);
            if (request == null) {
                throw new NotFoundException("No wrap request " + id);
            }
            if (wraps.wrapped(id, actor.username()) == 0) {
                throw new ConflictException("not-requested", "Wrap request " + id + " is " + request.status() + ", not waiting to be wrapped");
            }
            tx.audit("giftwrap.wrapped", "giftwrap-request", String.valueOf(id), Map.of("order", request.orderNumber()));
            return wraps.request(id);
        });
    }

    /** True when delivery confirmed the order is open; refused when it says the order is unknown or shipped; false without it. */
    private boolean checkOrder(String number) {
        SalesOrders orders = salesOrders;
        if (orders == null) {
            return false;
        }
        Optional<SalesOrderInfo> order = orders.find(number);
        if (order.isEmpty()) {
            throw new io.mercato.platform.api.ValidationException("orderNumber", "is no sales order of the delivery department");
        }
        if (!WRAPPABLE.contains(order.get().status())) {
            throw new ConflictException("order-closed", "Order " + number + " is " + order.get().status() + ": too late to wrap it");
        }
        return true;
    }
}
