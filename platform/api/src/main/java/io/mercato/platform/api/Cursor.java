package io.mercato.platform.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque cursor of a list paged by key: the sort key of the last row of a page, URL-safe. A cursor that does not
 * decode into the expected parts is refused as a 400 on {@code after}, never passed to SQL as it came.
 */
public final class Cursor {
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String of(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = String.valueOf(parts[i]);
            if (part.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a cursor part contains the separator");
            }
            text.append(i == 0 ? "" : String.valueOf(SEPARATOR)).append(part);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The parts of a cursor this list gave out, or a 400 on {@code after}. */
    public static String[] parts(String cursor, int expected) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(String.valueOf(SEPARATOR), -1);
            if (parts.length == expected) {
                return parts;
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw invalid();
    }

    /** A numeric part of a cursor, or a 400 on {@code after}. */
    public static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ValidationException invalid() {
        return new ValidationException("after", "is not a cursor this list gave out");
    }
}
