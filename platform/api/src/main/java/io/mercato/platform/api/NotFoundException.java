package io.mercato.platform.api;

/** The addressed thing does not exist; mapped to 404. */
public class NotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
