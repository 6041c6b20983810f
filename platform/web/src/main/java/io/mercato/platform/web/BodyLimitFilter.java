package io.mercato.platform.web;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/** Rejects bodies over the limit before anything reads them: 413, never an out-of-memory. */
@PreMatching
@Priority(100)
public final class BodyLimitFilter implements ContainerRequestFilter {
    private final long maxBytes;

    public BodyLimitFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) throws java.io.IOException {
        if (request.getLength() > maxBytes) {
            LimitedInputStream.discard(request.getEntityStream());
            request.abortWith(Problems.response(Problem.tooLarge(maxBytes)));
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
    }
}
