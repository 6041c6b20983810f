package io.mercato.platform.api;

/** What a search box typed becomes in SQL: a {@code LIKE}/{@code ILIKE} pattern in which {@code %} and {@code _} are literal. */
public final class TextSearch {
    /** Longest search text accepted: far longer than any code or name searched for. */
    public static final int MAX_LENGTH = 100;

    private TextSearch() {
    }

    /** {@code %text%} with the text escaped, or null for a blank search (no filter). */
    public static String contains(String text) {
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new ValidationException("q", "must be at most " + MAX_LENGTH + " characters");
        }
        return "%" + stripped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
