package io.mercato.platform.api.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mercato.platform.api.FieldError;
import io.mercato.platform.api.ValidationException;
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
}
