package io.mercato.platform.api.validation;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.Money;
import io.mercato.platform.api.ValidationException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every field error of one input before failing, so a form can show them all at once.
 * Bean Validation providers need EL and class-loader tricks under OSGi; these few rules do not.
 */
public final class Check {
    private final List<FieldError> errors = new ArrayList<>();

    public static Check input() {
        return new Check();
    }

    public Check required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        }
        return this;
    }

    public Check text(String field, String value, int maxLength, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.codePointCount(0, value.length()) > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Check code(String field, String value, Pattern pattern, String description) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "is required"));
        } else if (!pattern.matcher(value).matches()) {
            errors.add(new FieldError(field, "must be " + description));
        }
        return this;
    }

    /** The largest count one request may carry (units, headcount...): far above any real order, far below overflow. */
    public static final int MAX_COUNT = 1_000_000_000;

    public Check positive(String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value <= 0 || value > MAX_COUNT) {
            errors.add(new FieldError(field, "must be between 1 and " + MAX_COUNT));
        }
        return this;
    }

    public Check notNegative(String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value < 0 || value > MAX_COUNT) {
            errors.add(new FieldError(field, "must be between 0 and " + MAX_COUNT));
        }
        return this;
    }

    /** A change that may go either way, bounded like a count. */
    public Check nonZeroChange(String field, Integer value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value == 0 || Math.abs((long) value) > MAX_COUNT) {
            errors.add(new FieldError(field, "must be between -" + MAX_COUNT + " and " + MAX_COUNT + ", and not 0"));
        }
        return this;
    }

    public Check notNegative(String field, BigDecimal value) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
        } else if (value.signum() < 0) {
            errors.add(new FieldError(field, "must be 0 or more"));
        }
        return this;
    }

    /** An amount of money (see {@link Money}): 0 or more, at most two decimals, at most {@link Money#MAX}. */
    public Check money(String field, BigDecimal value, boolean required) {
        return money(field, value, required, Money.MAX);
    }

    /** An amount of money of at most {@code max}. */
    public Check money(String field, BigDecimal value, boolean required, BigDecimal max) {
        return decimal(field, value, Money.SCALE, BigDecimal.ZERO, max, required);
    }

    /** A unit price or cost (see {@link Money#UNIT_PRICE_SCALE}): 0 or more, at most four decimals. */
    public Check unitPrice(String field, BigDecimal value, boolean required) {
        return decimal(field, value, Money.UNIT_PRICE_SCALE, BigDecimal.ZERO, Money.MAX_UNIT_PRICE, required);
    }

    /**
     * A decimal figure (an amount, a percentage, a rate) from {@code min} to {@code max} with at most {@code decimals}
     * decimals; one error per field, the first rule it breaks.
     */
    public Check decimal(String field, BigDecimal value, int decimals, BigDecimal min, BigDecimal max, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (!Money.hasAtMostDecimals(value, decimals)) {
            errors.add(new FieldError(field, "has at most " + decimals + " decimals"));
        } else if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, min.signum() == 0 && value.signum() < 0 ? "must be 0 or more"
                    : "must be from " + min.toPlainString() + " to " + max.toPlainString()));
        }
        return this;
    }

    public Check rule(boolean holds, String field, String message) {
        if (!holds) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Check add(FieldError error) {
        errors.add(error);
        return this;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    /** Throws a {@link ValidationException} listing every collected error, if any. */
    public void validate() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
