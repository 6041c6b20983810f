package io.mercato.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.ext.ParamConverter;
import javax.ws.rs.ext.ParamConverterProvider;

/**
 * Numbers and flags in query and path parameters: {@code ?page=abc} or a number too large is a 400 naming the
 * parameter (JAX-RS would otherwise answer a bare 404 for a query parameter it cannot convert).
 */
final class StrictParameters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == Integer.class || rawType == int.class) {
            return (ParamConverter<T>) new Converter<>(name, "a whole number between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE, Integer::valueOf);
        }
        if (rawType == Long.class || rawType == long.class) {
            return (ParamConverter<T>) new Converter<>(name, "a whole number", Long::valueOf);
        }
        if (rawType == Boolean.class || rawType == boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, "true or false", StrictParameters::bool);
        }
        return null;
    }

    private static Boolean bool(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(text);
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private record Converter<T>(String name, String expected, java.util.function.Function<String, T> parse)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value.strip());
            } catch (IllegalArgumentException notANumber) {
                throw new WebApplicationException(Problems.response(Problem.field(name, "must be " + expected)));
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
