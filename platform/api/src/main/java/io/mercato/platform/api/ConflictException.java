package io.mercato.platform.api;

/** The request is valid but the current state forbids it (not enough stock, wrong status...); mapped to 409. */
public class ConflictException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConflictException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable machine-readable reason, e.g. {@code insufficient-stock}. */
    public String code() {
        return code;
    }
}
