package io.mercato.platform.web;

import java.io.IOException;

/** Thrown by the limited request stream once a body passes the configured size. */
final class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    PayloadTooLargeException(long limit) {
        super(message(limit));
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    static String message(long limit) {
        return "The request body is larger than " + limit + " bytes";
    }
}
