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
        List<FieldError> readable = errors.stream().map(e -> new FieldError(e.field(), withoutClassNames(e.message()))).toList();
        return new Problem("https://mercato.io/problems/validation", "Invalid input", 400,
                "The request has " + errors.size() + " invalid field(s)", null, readable);
    }

    private static final java.util.regex.Pattern CLASS_NAME =
            java.util.regex.Pattern.compile("\\b(?:[a-z_$][a-z0-9_$]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:? ?");

    /** Messages are for people: a Java class name that slipped into one (from a library's exception) is dropped. */
    static String withoutClassNames(String message) {
        return message == null ? null : CLASS_NAME.matcher(message).replaceAll("").strip();
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
            return of(404, "Not found", withoutClassNames(notFound.getMessage()));
        }
        if (failure instanceof ForbiddenException forbidden) {
            return of(403, "Forbidden", withoutClassNames(forbidden.getMessage()));
        }
        if (failure instanceof ConflictException conflict) {
            return of(409, "Conflict", withoutClassNames(conflict.getMessage())).withCode(conflict.code());
        }
        if (databaseUnreachable(failure)) {
            return DatabaseGate.unavailable("the connection to the database was lost");
        }
        return null;
    }

    /**
     * The database went away under the request (a crash, a restart, no free connection in time): the client may
     * retry, so 503 rather than 500. SQL states of class 08 are connection failures, 57P0x server shutdowns.
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    public Problem withCode(String newCode) {
        return new Problem(type, title, status, detail, newCode, errors);
    }
}
