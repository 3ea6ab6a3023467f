package org.govbuy.platform.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import org.govbuy.platform.error.DomainRuleViolation;

/**
 * Reads typed query and path parameters (numbers, booleans, UUIDs, dates, enums) so that a value of the
 * wrong type is a 400 naming the parameter and the rule — JAX-RS would otherwise answer 404 for a
 * query parameter such as {@code size=abc}, which tells the caller nothing.
 */
@Provider
public class TypedParameters implements ParamConverterProvider {

    private record Reader<T>(Class<T> type, String rule, Function<String, T> parse) {
    }

    private static final List<Reader<?>> READERS = List.of(
            new Reader<>(Integer.class, "must be a whole number between -2147483648 and 2147483647",
                    text -> Integer.valueOf(text.trim())),
            new Reader<>(int.class, "must be a whole number between -2147483648 and 2147483647",
                    text -> Integer.valueOf(text.trim())),
            new Reader<>(Long.class, "must be a whole number", text -> Long.valueOf(text.trim())),
            new Reader<>(long.class, "must be a whole number", text -> Long.valueOf(text.trim())),
            new Reader<>(Boolean.class, "must be true or false", TypedParameters::bool),
            new Reader<>(boolean.class, "must be true or false", TypedParameters::bool),
            new Reader<>(UUID.class, "must be a UUID", text -> UUID.fromString(text.trim())),
            new Reader<>(LocalDate.class, "must be a date (YYYY-MM-DD)", text -> LocalDate.parse(text.trim())));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        for (Reader<?> reader : READERS) {
            if (reader.type() == rawType) {
                return (ParamConverter<T>) converter(name, (Reader<Object>) reader);
            }
        }
        if (rawType.isEnum()) {
            return (ParamConverter<T>) converter(name, enumReader(rawType));
        }
        return null;
    }

    /** An enum constant by its exact name; the rule lists the names. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Reader<Object> enumReader(Class<?> type) {
        String names = java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "));
        return new Reader<>((Class<Object>) type, "must be one of " + names,
                text -> Enum.valueOf((Class) type, text.trim()));
    }

    private static ParamConverter<Object> converter(String name, Reader<Object> reader) {
        return new ParamConverter<>() {
            @Override
            public Object fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return reader.parse().apply(value);
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw new InvalidParameter(name, reader.rule());
                }
            }

            @Override
            public String toString(Object value) {
                return String.valueOf(value);
            }
        };
    }

    private static Boolean bool(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static String nameOf(Annotation[] annotations) {
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

    /** A parameter of the wrong type: 400 naming it (a WebApplicationException, so JAX-RS keeps it). */
    public static final class InvalidParameter extends jakarta.ws.rs.BadRequestException {
        private final DomainRuleViolation violation;

        InvalidParameter(String field, String rule) {
            super(field + ": " + rule);
            this.violation = new DomainRuleViolation(field, rule);
        }

        public DomainRuleViolation violation() {
            return violation;
        }
    }
}
