package io.mercato.platform.web;

import java.io.IOException;

/** Thrown by the limited request stream once a body passes the configured size. */
final class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
    }
}
