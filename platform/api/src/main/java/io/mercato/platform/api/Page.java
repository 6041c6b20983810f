package io.mercato.platform.api;

import java.util.List;

/**
 * One page of a list with what a console needs for paging. {@code total} counts the matching items up to
 * {@link PageRequest#COUNT_LIMIT}; past that {@code totalCapped} is true and the total reads "10,000 or more" (an
 * exact count of millions of rows costs more than the page itself). {@code next}, where the list offers it, is the
 * cursor of the following page ({@code after=<next>}); null on the last page.
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped, String next) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page of a list that is counted exactly and paged by number only. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false, null);
    }

    /**
     * A page from a query that fetched one row more than {@code request.size()} (to know whether another page
     * follows) and counted at most {@code COUNT_LIMIT + 1} rows; {@code cursor} gives the cursor of an item.
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, long boundedCount, java.util.function.Function<T, String> cursor) {
        boolean more = fetched.size() > request.size();
        List<T> items = more ? fetched.subList(0, request.size()) : fetched;
        boolean capped = boundedCount > PageRequest.COUNT_LIMIT;
        String next = more && cursor != null ? cursor.apply(items.get(items.size() - 1)) : null;
        return new Page<>(items, request.page(), request.size(), capped ? PageRequest.COUNT_LIMIT : boundedCount, capped, next);
    }

    /**
     * As {@link #of(List, PageRequest, long, java.util.function.Function)}, for a count that may not have finished in
     * time ({@link io.mercato.platform.api.persistence.TransactionContext#withinMillis}): without it the page says how
     * many items there are at least (those up to this page, and one more if another page follows).
     */
    public static <T> Page<T> of(List<T> fetched, PageRequest request, java.util.OptionalLong boundedCount,
                                 java.util.function.Function<T, String> cursor) {
        if (boundedCount.isPresent()) {
            return of(fetched, request, boundedCount.getAsLong(), cursor);
        }
        Page<T> page = of(fetched, request, 0, cursor);
        boolean more = fetched.size() > request.size();
        long atLeast = (long) request.offset() + page.items().size() + (more ? 1 : 0);
        return new Page<>(page.items(), request.page(), request.size(), atLeast, true, page.next());
    }

    /** The same page with every item converted. */
    public <R> Page<R> map(java.util.function.Function<T, R> conversion) {
        return new Page<>(items.stream().map(conversion).toList(), page, size, total, totalCapped, next);
    }
}
