package io.mercato.platform.api;

/**
 * Zero-based page number and page size, within bounds, and for lists paged by key the cursor of the page before
 * ({@code after}, the previous page's {@link Page#next()}). Numbered pages reach {@link #MAX_OFFSET} rows deep; a
 * cursor reaches any depth at the same cost.
 */
public record PageRequest(int page, int size, String after) {
    public static final int MAX_SIZE = 200;
    /** Rows a numbered page may skip: deeper, skipping costs more than searching or following {@code next}. */
    public static final int MAX_OFFSET = 10_000;
    /** Lists count their matches up to this many; beyond it they say "more". */
    public static final int COUNT_LIMIT = 10_000;
    /** How long a list may spend counting its matches before it settles for "at least this many". */
    public static final int COUNT_MILLIS = 200;
    /** Longest cursor accepted (cursors are short; a long one is not ours). */
    public static final int MAX_CURSOR_LENGTH = 512;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
        if (after == null && (long) page * size > MAX_OFFSET) {
            throw new ValidationException("page", "is too deep: page × size must stay within " + MAX_OFFSET
                    + "; follow the previous page's next (after=…) or narrow the list with a search");
        }
        if (after != null && (after.isEmpty() || after.length() > MAX_CURSOR_LENGTH)) {
            throw new ValidationException("after", "is not a cursor this list gave out");
        }
    }

    public PageRequest(int page, int size) {
        this(page, size, null);
    }

    /** Rows to skip: none when paging by cursor. */
    public int offset() {
        return after == null ? page * size : 0;
    }

    /** Rows to fetch: one more than a page, to know whether another follows. */
    public int fetch() {
        return size + 1;
    }

    /** Rows to count at most: one more than {@link #COUNT_LIMIT}, to know whether the count was cut. */
    public int countLimit() {
        return COUNT_LIMIT + 1;
    }
}
