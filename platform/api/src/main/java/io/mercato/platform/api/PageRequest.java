package io.mercato.platform.api;

/** Zero-based page number and page size, clamped to sane bounds. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new ValidationException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new ValidationException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public int offset() {
        return page * size;
    }
}
