package io.mercato.platform.api;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money, the one way every department handles them: yuan (CNY) as {@code BigDecimal} with two decimals (yuan
 * and fen) in {@code numeric(14, 2)} columns, never a double; rounded half up where a computation makes more decimals.
 * Input is checked with {@link io.mercato.platform.api.validation.Check#money}.
 */
public final class Money {
    public static final String CURRENCY = "CNY";
    public static final int SCALE = 2;
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** The most a {@code numeric(14, 2)} column holds. */
    public static final BigDecimal MAX = new BigDecimal("999999999999.99");
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);
    /** Purchase unit prices and costs carry four decimals ({@code numeric(14, 4)}), so cheap goods bought by the thousand add up right. */
    public static final int UNIT_PRICE_SCALE = 4;
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("9999999999.9999");
    /** One fen, the smallest amount. */
    public static final BigDecimal CENT = new BigDecimal("0.01");

    private Money() {
    }

    /** An amount already checked to have at most two decimals, at exactly two; a missing optional amount is zero. */
    public static BigDecimal of(BigDecimal value) {
        return value == null ? ZERO : value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /** A computed amount (a product, a share, a percentage of an amount) rounded to fen, half up. */
    public static BigDecimal round(BigDecimal value) {
        return value.setScale(SCALE, ROUNDING);
    }

    /** Whether the value has at most {@code decimals} decimals (trailing zeros do not count). */
    public static boolean hasAtMostDecimals(BigDecimal value, int decimals) {
        return value.stripTrailingZeros().scale() <= decimals;
    }
}
