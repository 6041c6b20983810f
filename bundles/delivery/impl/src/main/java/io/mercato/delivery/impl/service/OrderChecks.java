package io.mercato.delivery.impl.service;

import io.mercato.delivery.impl.service.OrderDraft.DraftLine;
import io.mercato.platform.api.Money;
import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses what cannot be an order at all (every field error at once, named like {@code lines[1].quantity}) and turns
 * the rest into an {@link OrderDraft}. What is merely doubtful (a short address, an odd phone number) passes here and
 * is left to the risk rules and a reviewer.
 */
public final class OrderChecks {
    public static final Set<String> CHANNELS = Set.of("OWN_SITE", "TMALL", "TAOBAO", "JD", "PINDUODUO", "DOUYIN", "WECHAT",
            "CUSTOMER_SERVICE", "OTHER");
    public static final Set<String> PAYMENT_METHODS = Set.of("PREPAID", "COD");
    private static final Pattern CHANNEL_ORDER = Pattern.compile("[\\x21-\\x7E]{1,64}");
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern POSTCODE = Pattern.compile("[0-9]{6}");
    private static final Pattern MERCHANT = Pattern.compile("M-[0-9]{1,12}");
    static final int MAX_LINES = 200;
    static final int MAX_UNITS_PER_LINE = 100_000;

    private OrderChecks() {
    }

    public static OrderDraft check(OrderInput order) {
        Check check = Check.input();
        if (order == null) {
            check.required("order", null).validate();
        }
        String channel = upper(order.channel());
        check.rule(channel != null, "channel", "is required")
                .rule(channel == null || CHANNELS.contains(channel), "channel", "must be one of " + sorted(CHANNELS))
                .code("channelOrder", order.channelOrder(), CHANNEL_ORDER, "1-64 visible ASCII characters");
        OrderInput.Customer customer = order.customer();
        OrderInput.Address address = customer == null ? null : customer.address();
        String province = null;
        if (customer == null) {
            check.required("customer", null);
        } else {
            check.text("customer.name", customer.name(), 100, true)
                    .text("customer.phone", customer.phone(), 30, true)
                    .rule(customer.phone() == null || customer.phone().isBlank() || PhoneNumbers.TYPED.matcher(customer.phone()).matches(),
                            "customer.phone", "must contain only digits, spaces, '+', '-' or parentheses");
            if (address == null) {
                check.required("customer.address", null);
            } else {
                province = Regions.province(address.province()).orElse(null);
                check.text("customer.address.province", address.province(), 20, true)
                        .rule(blank(address.province()) || province != null, "customer.address.province",
                                "is not a province, municipality or region of China")
                        .text("customer.address.city", address.city(), 50, false)
                        .text("customer.address.district", address.district(), 50, false)
                        .text("customer.address.street", address.street(), 200, false)
                        .rule(blank(address.postcode()) || POSTCODE.matcher(address.postcode().strip()).matches(),
                                "customer.address.postcode", "must be 6 digits");
            }
        }
        List<DraftLine> lines = lines(check, order.lines());
        check.money("shippingFee", order.shippingFee(), false);
        check.money("total", order.total(), false);
        OrderInput.Payment payment = order.payment();
        String method = payment == null ? null : upper(payment.method());
        check.rule(method != null, "payment.method", "is required")
                .rule(method == null || PAYMENT_METHODS.contains(method), "payment.method", "must be PREPAID or COD")
                .text("payment.reference", payment == null ? null : payment.reference(), 100, false)
                .text("buyerNote", order.buyerNote(), 500, false);
        check.validate();

        BigDecimal goods = lines.stream().map(l -> l.unitPrice().multiply(BigDecimal.valueOf(l.quantity()))).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal discounts = lines.stream().map(DraftLine::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal shipping = Money.of(order.shippingFee());
        BigDecimal total = goods.subtract(discounts).add(shipping).setScale(Money.SCALE);
        Check.input()
                .rule(total.compareTo(Money.MAX) <= 0, "lines", "add up to more than " + Money.MAX.toPlainString())
                .rule(order.total() == null || order.total().compareTo(total) == 0, "total", "does not add up: goods "
                        + goods.setScale(Money.SCALE).toPlainString() + " − discounts " + discounts.toPlainString() + " + shipping "
                        + shipping.toPlainString() + " = " + total.toPlainString())
                .validate();
        return new OrderDraft(channel, order.channelOrder().strip(), customer.name().strip(), PhoneNumbers.normalise(customer.phone()),
                province, strip(address.city()), strip(address.district()), strip(address.street()), strip(address.postcode()),
                addressKey(province, address), lines, goods.setScale(Money.SCALE), discounts.setScale(Money.SCALE), shipping, total, method,
                strip(payment.reference()), strip(order.buyerNote()));
    }

    private static List<DraftLine> lines(Check check, List<OrderInput.Line> input) {
        List<DraftLine> lines = new ArrayList<>();
        if (input == null || input.isEmpty()) {
            check.rule(false, "lines", "must hold at least one line");
            return lines;
        }
        check.rule(input.size() <= MAX_LINES, "lines", "must hold at most " + MAX_LINES + " lines");
        for (int i = 0; i < input.size() && i < MAX_LINES; i++) {
            OrderInput.Line line = input.get(i);
            String field = "lines[" + i + "]";
            if (line == null) {
                check.required(field, null);
                continue;
            }
            int before = check.errors().size();
            check.code(field + ".sku", line.sku(), SKU, "1-64 letters, digits, '.', '_' or '-'");
            if (line.quantity() == null || line.quantity() < 1 || line.quantity() > MAX_UNITS_PER_LINE) {
                check.rule(false, field + ".quantity", line.quantity() == null ? "is required" : "must be between 1 and " + MAX_UNITS_PER_LINE);
            }
            check.money(field + ".unitPrice", line.unitPrice(), true);
            check.money(field + ".discount", line.discount(), false);
            check.rule(line.merchant() == null || line.merchant().isBlank() || MERCHANT.matcher(line.merchant().strip()).matches(),
                    field + ".merchant", "must be a merchant code like M-000042");
            if (check.errors().size() > before) {
                continue;
            }
            BigDecimal gross = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
            BigDecimal discount = Money.of(line.discount());
            check.rule(discount.compareTo(gross) <= 0, field + ".discount", "must not exceed quantity × unit price ("
                    + gross.setScale(Money.SCALE).toPlainString() + ")");
            lines.add(new DraftLine(i + 1, line.sku(), line.quantity(), Money.of(line.unitPrice()), discount,
                    gross.subtract(discount).setScale(Money.SCALE), strip(line.merchant())));
        }
        return lines;
    }

    /** The address with case, spaces and punctuation gone, so the same place typed twice compares equal. */
    static String addressKey(String province, OrderInput.Address address) {
        return normaliseAddress(province + nullToEmpty(address.city()) + nullToEmpty(address.district()) + nullToEmpty(address.street()));
    }

    /** An address as compared: lower case, without spaces or punctuation (Chinese included). */
    public static String normaliseAddress(String address) {
        return address.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，。、；：（）“”‘’·－—]", "");
    }

    private static String upper(String value) {
        return blank(value) ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String sorted(Set<String> values) {
        return String.join(", ", values.stream().sorted().toList());
    }
}
