package io.mercato.platform.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.Money;
import io.mercato.platform.api.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CheckTest {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    @Test
    void collectsEveryErrorBeforeFailing() {
        ValidationException failure = assertThrows(ValidationException.class, () -> Check.input()
                .code("code", "x", CODE, "2-20 upper-case letters, digits or '-'")
                .text("name", " ", 100, true)
                .positive("quantity", 0)
                .validate());
        assertEquals(List.of(
                new FieldError("code", "must be 2-20 upper-case letters, digits or '-'"),
                new FieldError("name", "is required"),
                new FieldError("quantity", "must be between 1 and 1000000000")), failure.errors());
    }

    @Test
    void countsUnicodeCharactersNotUtf16Units() {
        String name = "仓".repeat(10) + "😀";
        Check.input().text("name", name, 11, true).validate();
        assertThrows(ValidationException.class, () -> Check.input().text("name", name, 10, true).validate());
    }

    @Test
    void validInputPasses() {
        Check.input().code("code", "SH-01", CODE, "a code").notNegative("q", 0).validate();
    }

    @Test
    void moneyHasTwoDecimalsIsNotNegativeAndFitsItsColumn() {
        ValidationException failure = assertThrows(ValidationException.class, () -> Check.input()
                .money("price", new BigDecimal("1.005"), true)
                .money("fee", new BigDecimal("-0.01"), false)
                .money("total", new BigDecimal("1000000000000"), false)
                .money("deposit", null, true)
                .money("discount", null, false)
                .money("paid", new BigDecimal("12.50"), true)
                .money("cap", new BigDecimal("100.01"), true, new BigDecimal("100"))
                .decimal("rate", new BigDecimal("2.5"), 2, BigDecimal.ONE, BigDecimal.TEN, true)
                .decimal("cost", new BigDecimal("0.12345"), 4, BigDecimal.ZERO, BigDecimal.TEN, true)
                .validate());
        assertEquals(List.of(
                new FieldError("price", "has at most 2 decimals"),
                new FieldError("fee", "must be 0 or more"),
                new FieldError("total", "must be from 0 to 999999999999.99"),
                new FieldError("deposit", "is required"),
                new FieldError("cap", "must be from 0 to 100"),
                new FieldError("cost", "has at most 4 decimals")), failure.errors());
    }

    @Test
    void amountsAreKeptAtFenAndRoundedHalfUp() {
        assertEquals(new BigDecimal("12.50"), Money.of(new BigDecimal("12.5")));
        assertEquals(new BigDecimal("0.00"), Money.of(null));
        assertThrows(ArithmeticException.class, () -> Money.of(new BigDecimal("1.001")));
        assertEquals(new BigDecimal("0.13"), Money.round(new BigDecimal("0.125")));
        assertEquals(new BigDecimal("-0.13"), Money.round(new BigDecimal("-0.125")));
    }
}
