package io.mercato.platform.web;

import io.mercato.platform.api.ConflictException;
import io.mercato.platform.api.ForbiddenException;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.ValidationException;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mercato.platform.api.FieldError;
import java.util.List;

/** RFC 9457 problem details, with {@code errors} listing every invalid field. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String code, List<FieldError> errors) {
    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    public static Problem validation(List<FieldError> errors) {
        return new Problem("https://mercato.io/problems/validation", "Invalid input", 400,
                "The request has " + errors.size() + " invalid field(s)", null, errors);
    }

    /** A 400 naming one field. */
    public static Problem field(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }

    public static Problem tooLarge(long limit) {
        return of(413, "Payload too large", PayloadTooLargeException.message(limit));
    }

    /** A problem for a bare HTTP status, with a detail that tells the caller what to do where there is one. */
    public static Problem ofStatus(int status, String title) {
        String detail = switch (status) {
            case 404 -> "No such resource";
            case 405 -> "This method is not allowed here";
            case 406 -> "The requested representation is not available; ask for application/json";
            case 415 -> "Unsupported content type; send application/json";
            default -> title;
        };
        return of(status, title, detail);
    }

    /** The problem for a platform exception; null for anything else (which is unexpected). */
    public static Problem from(Throwable failure) {
        if (failure instanceof ValidationException invalid) {
            return validation(invalid.errors());
        }
        if (failure instanceof NotFoundException notFound) {
            return of(404, "Not found", notFound.getMessage());
        }
        if (failure instanceof ForbiddenException forbidden) {
            return of(403, "Forbidden", forbidden.getMessage());
        }
        if (failure instanceof ConflictException conflict) {
            return of(409, "Conflict", conflict.getMessage()).withCode(conflict.code());
        }
        return null;
    }

    public Problem withCode(String newCode) {
        return new Problem(type, title, status, detail, newCode, errors);
    }
}
