package io.mercato.platform.api;

import java.util.List;

/** Input that breaks a rule; the web layer turns it into 400 problem JSON listing every field. */
public class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(summary(errors));
        this.errors = List.copyOf(errors);
    }

    public ValidationException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String summary(List<FieldError> errors) {
        StringBuilder text = new StringBuilder("Invalid input");
        for (FieldError error : errors) {
            text.append("; ").append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }
}
