package io.mercato.merchants.impl.rest;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.PageRequest;
import javax.ws.rs.core.SecurityContext;

/** Small helpers shared by the merchants REST resources. */
final class Requests {
    private Requests() {
    }

    static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }

    static PageRequest page(Integer page, Integer size, String after) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after);
    }

    /** The body of a state change that carries only a reason. */
    public record Reason(String reason) {
    }
}
