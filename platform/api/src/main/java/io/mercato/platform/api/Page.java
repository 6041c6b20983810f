package io.mercato.platform.api;

import java.util.List;

/** One page of a list together with the total count, so consoles can show paging. */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
