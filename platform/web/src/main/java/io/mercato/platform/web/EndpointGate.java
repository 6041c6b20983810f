package io.mercato.platform.web;

import io.mercato.platform.api.persistence.IdempotencyStore;

/** What every {@link EndpointServlet} checks a request against. */
record EndpointGate(Callers callers, StaffAccess access, AccessRefusals refusals, IdempotencyStore idempotency,
                    long maxBodyBytes) {
}
