package io.mercato.delivery.impl.service;

import io.mercato.platform.api.validation.Check;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in yuan: two decimals at most, never negative, within what {@code numeric(14, 2)} holds. */
public final class Money {
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** Adds the field's errors, if any; a missing optional amount counts as zero. */
    public static void check(Check check, String field, BigDecimal value, boolean required) {
        if (value == null) {
            check.rule(!required, field, "is required");
        } else if (value.signum() < 0) {
            check.add(new io.mercato.platform.api.FieldError(field, "must be 0 or more"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            check.add(new io.mercato.platform.api.FieldError(field, "must have at most 2 decimals (yuan and fen)"));
        } else if (value.compareTo(MAX) > 0) {
            check.add(new io.mercato.platform.api.FieldError(field, "must be at most " + MAX.toPlainString()));
        }
    }

    public static BigDecimal of(BigDecimal value) {
        return (value == null ? BigDecimal.ZERO : value).setScale(2, RoundingMode.UNNECESSARY);
    }
}
