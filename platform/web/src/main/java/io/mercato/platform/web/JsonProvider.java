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
        try {
            return read(body, JsonMapping.MAPPER.getTypeFactory().constructType(genericType));
        } catch (ProblemException refused) {
            throw new WebApplicationException(Problems.response(refused.problem()));
        }
    }

    /** Reads a JSON request body strictly: anything wrong comes back as the problem to answer with. */
    static Object read(InputStream body, JavaType target) throws ProblemException, IOException {
        try {
            Object value = JsonMapping.MAPPER.readValue(body, target);
            if (value == null) {
                throw new ProblemException(Problem.field("body", "a JSON object is required"));
            }
            return value;
        } catch (PayloadTooLargeException e) {
            throw new ProblemException(Problem.tooLarge(e.limit()));
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof PayloadTooLargeException tooLarge) {
                throw new ProblemException(Problem.tooLarge(tooLarge.limit()));
            }
            throw new ProblemException(problem(e));
        }
    }

    /** Turns a Jackson failure into a field-level 400 without leaking class names or stack traces. */
    static Problem problem(JsonProcessingException e) {
        JsonParseException duplicate = duplicateField(e);
        if (duplicate != null) {
            return Problem.field(duplicatePath(duplicate), "appears more than once");
        }
        if (e instanceof JsonParseException) {
            return Problem.field("body", "malformed JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return Problem.field(path(unknown), "unknown field");
        }
        if (e instanceof JsonMappingException mapping && e.getCause() instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            return Problem.field(path(mapping), "is out of range for a whole number");
        }
        if (e instanceof com.fasterxml.jackson.core.exc.InputCoercionException) {
            return Problem.field("body", "a number is out of range");
        }
        if (e instanceof InvalidFormatException invalid) {
            return Problem.field(path(invalid), "expected " + describeType(invalid.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatched) {
            String field = path(mismatched);
            if (field.isEmpty()) {
                return Problem.field("body", mismatched.getTargetType() == null
                        ? "a JSON body is required" : "expected " + describeType(mismatched.getTargetType()));
            }
            return Problem.field(field, "expected " + describeType(mismatched.getTargetType()));
        }
        return Problem.field("body", "the JSON does not match the expected shape");
    }

    /** The parser's complaint about a repeated field, also when data binding wrapped it; null otherwise. */
    private static JsonParseException duplicateField(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().startsWith("Duplicate field '")) {
                return parse;
            }
        }
        return null;
    }

    /** Where the repeated field is, e.g. {@code lines[1].sku}, from the parser's position when it noticed. */
    private static String duplicatePath(JsonParseException e) {
        String message = e.getOriginalMessage();
        String field = message.substring("Duplicate field '".length(), message.lastIndexOf('\''));
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        com.fasterxml.jackson.core.JsonParser parser = e.getProcessor();
        if (parser != null) {
            for (com.fasterxml.jackson.core.JsonStreamContext context = parser.getParsingContext().getParent();
                 context != null && !context.inRoot(); context = context.getParent()) {
                if (context.inArray()) {
                    parts.push("[" + context.getCurrentIndex() + "]");
                } else if (context.getCurrentName() != null) {
                    parts.push(context.getCurrentName());
                }
            }
        }
        parts.add(field);
        return String.join(".", parts).replace(".[", "[");
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
