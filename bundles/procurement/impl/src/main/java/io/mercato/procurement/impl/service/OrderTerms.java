package io.mercato.procurement.impl.service;

import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a purchase order's input and works out its total; every error names its field, lines by index. */
final class OrderTerms {
    static final int MAX_LINES = 200;

    private OrderTerms() {
    }

    static void validate(OrderInput input, LocalDate today) {
        Check check = Check.input()
                .code("supplier", input.supplier(), Codes.SUPPLIER, Codes.SUPPLIER_TEXT)
                .code("warehouseCode", input.warehouseCode(), Codes.WAREHOUSE, Codes.WAREHOUSE_TEXT)
                .required("expectedOn", input.expectedOn())
                .rule(input.currency() == null || Codes.CURRENCY.matcher(input.currency()).matches(), "currency",
                        "must be a three-letter ISO 4217 code such as CNY")
                .text("note", input.note(), 1000, false);
        check.rule(input.expectedOn() == null || !input.expectedOn().isBefore(today.minusDays(1)), "expectedOn",
                "must not be in the past");
        List<OrderInput.Line> lines = input.lines() == null ? List.of() : input.lines();
        check.rule(!lines.isEmpty(), "lines", "at least one line is required")
                .rule(lines.size() <= MAX_LINES, "lines", "must be at most " + MAX_LINES);
        Set<String> skus = new HashSet<>();
        for (int i = 0; i < lines.size() && i < MAX_LINES; i++) {
            OrderInput.Line line = lines.get(i);
            String field = "lines[" + i + "].";
            if (line == null) {
                check.rule(false, "lines[" + i + "]", "is required");
                continue;
            }
            check.code(field + "sku", line.sku(), Codes.SKU, Codes.SKU_TEXT)
                    .positive(field + "quantity", line.quantity())
                    .unitPrice(field + "unitPrice", line.unitPrice(), true)
                    .decimal(field + "tolerancePercent", line.tolerancePercent(), 2, BigDecimal.ZERO, BigDecimal.valueOf(100), false);
            check.rule(line.sku() == null || skus.add(line.sku()), field + "sku", "appears on another line; add the quantities");
        }
        check.validate();
    }

    /** The order's total: each line's quantity times unit price, summed, rounded to the cent (half up). */
    static BigDecimal total(List<OrderInput.Line> lines) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderInput.Line line : lines) {
            total = total.add(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
        }
        return total.setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal tolerance(OrderInput.Line line) {
        return line.tolerancePercent() == null ? BigDecimal.ZERO : line.tolerancePercent();
    }
}
