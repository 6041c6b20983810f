package io.mercato.platform.api;

/** Zero-based page number and page size, within bounds: a list is narrowed by search, not paged through forever. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;
    /** Rows a list may skip; deeper pages are refused (searching finds them faster). */
    public static final int MAX_OFFSET = 10_000_000;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if ((long) page * Math.max(size, 1) > MAX_OFFSET) {
            throw new ValidationException("page", "is too deep: page × size must stay within " + MAX_OFFSET
                    + "; narrow the list with a search instead");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
