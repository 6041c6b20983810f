package io.mercato.warehouse.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.PageRequest;
import javax.ws.rs.core.SecurityContext;

/** Small helpers shared by the warehouse REST resources. */
final class WarehouseResources {
    private WarehouseResources() {
    }

    static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }

    static PageRequest page(Integer page, Integer size) {
        return page(page, size, null);
    }

    /** A page by number, or after the cursor a previous page gave as {@code next}. */
    static PageRequest page(Integer page, Integer size, String after) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after);
    }
}
