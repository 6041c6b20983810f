package io.mercato.platform.api.web;

import io.mercato.platform.api.Actor;
import io.mercato.platform.api.PageRequest;
import javax.ws.rs.core.SecurityContext;

/** What every department's REST resources take from a request: who calls, and which page of a list. */
public final class Requests {
    private Requests() {
    }

    /** The logged-in caller (the platform's filters let no anonymous request reach a department's resource). */
    public static Actor actor(SecurityContext security) {
        return new Actor(security.getUserPrincipal().getName());
    }

    /** A page by number, or after the cursor a previous page gave as {@code next}; 20 items unless asked. */
    public static PageRequest page(Integer page, Integer size, String after) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, after);
    }

    /** The body of a state change that carries only a reason (cancel, suspend, terminate…). */
    public record Reason(String reason) {
        /** The reason, or null without a body. */
        public static String of(Reason body) {
            return body == null ? null : body.reason();
        }
    }
}
