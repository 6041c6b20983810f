package io.mercato.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.stream.Collectors;
import javax.ws.rs.Consumes;
import javax.ws.rs.Produces;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.MessageBodyReader;
import javax.ws.rs.ext.MessageBodyWriter;

/** Reads and writes JSON with the strict mapping; every reading failure becomes a 400 naming the field. */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public final class JsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class && !InputStream.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        JavaType target = JsonMapping.MAPPER.getTypeFactory().constructType(genericType);
        try {
            Object value = JsonMapping.MAPPER.readValue(body, target);
            if (value == null) {
                throw Problems.badRequest("body", "a JSON object is required");
            }
            return value;
        } catch (PayloadTooLargeException e) {
            throw Problems.failure(413, "Payload too large", e.getMessage());
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw Problems.failure(413, "Payload too large", tooLarge.getMessage());
            }
            throw describe(e);
        }
    }

    static WebApplicationException describe(JsonProcessingException e) {
        return new WebApplicationException(Problems.response(problem(e)));
    }

    /** Turns a Jackson failure into a field-level 400 without leaking class names or stack traces. */
    static Problem problem(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return fieldProblem("body", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return fieldProblem(path(unknown), "unknown field");
        }
        if (e instanceof InvalidFormatException invalid) {
            return fieldProblem(path(invalid), "expected " + describeType(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = path(mismatched);
            if (field.isEmpty()) {
                return fieldProblem("body", mismatched.getTargetType() == null
                        ? "a JSON body is required" : "expected " + describeType(mismatched.getTargetType()));
            }
            return fieldProblem(field, "expected " + describeType(mismatched.getTargetType()));
        }
        return fieldProblem("body", "the JSON does not match the expected shape");
    }

    private static Problem fieldProblem(String field, String message) {
        return Problem.validation(java.util.List.of(new io.mercato.platform.api.FieldError(field, message)));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describeType(Class<?> type) {
        if (type == null) {
            return "another value";
        }
        if (type == String.class || type.isEnum()) {
            return type.isEnum() ? "one of " + java.util.Arrays.toString(type.getEnumConstants()) : "a text";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date or time";
        }
        return "an object";
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && type != String.class;
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        JsonMapping.MAPPER.writerFor(JsonMapping.MAPPER.getTypeFactory().constructType(genericType)).writeValue(out, value);
    }

    /** The same test for a raw Content-Type header, e.g. {@code application/json; charset=UTF-8}. */
    static boolean isJson(String contentType) {
        int end = contentType.indexOf(';');
        String type = (end < 0 ? contentType : contentType.substring(0, end)).trim().toLowerCase(java.util.Locale.ROOT);
        int slash = type.indexOf('/');
        String subtype = slash < 0 ? "" : type.substring(slash + 1);
        return "json".equals(subtype) || subtype.endsWith("+json");
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && ("json".equalsIgnoreCase(mediaType.getSubtype())
                || mediaType.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }
}
