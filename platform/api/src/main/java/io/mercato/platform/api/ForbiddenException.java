package io.mercato.platform.api;

/** The caller may not do this (not their task, not their capability); mapped to 403. */
public class ForbiddenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
