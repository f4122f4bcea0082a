package org.lumbar.commons.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * Turns Jackson's refusal of a request body into a 400 problem naming the field by its JSON path in API names
 * ({@code sets[3].reps}). Jackson's own messages name Java types and are not shown.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        String field = pathOf(e);
        String message = messageOf(e);
        if (field.isEmpty()) {
            return new Problem("about:blank", "Bad Request", 400, "The body " + message, List.of());
        }
        return new Problem("about:blank", "Bad Request", 400, field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    static String pathOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    appendName(path, ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        // A number out of range or a syntax error is the parser's: its context is where it was reading.
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            JsonParser parser = read.getProcessor();
            List<JsonStreamContext> chain = new ArrayList<>();
            for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
                chain.add(context);
            }
            Collections.reverse(chain);
            StringBuilder path = new StringBuilder();
            for (JsonStreamContext context : chain) {
                if (context.inObject() && context.getCurrentName() != null) {
                    appendName(path, context.getCurrentName());
                } else if (context.inArray() && context.getCurrentIndex() >= 0) {
                    path.append('[').append(context.getCurrentIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "";
    }

    private static void appendName(StringBuilder path, String name) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(name);
    }

    static String messageOf(JsonProcessingException e) {
        if (e instanceof PropertyBindingException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException || String.valueOf(e.getOriginalMessage()).startsWith("Cannot map `null`")) {
            return "must not be null";
        }
        if (e instanceof InputCoercionException coercion) {
            return outOfRange(coercion.getTargetType());
        }
        if (e instanceof StreamConstraintsException) {
            return "is too long";
        }
        if (e instanceof MismatchedInputException mismatch) {
            String original = String.valueOf(mismatch.getOriginalMessage());
            if (original.startsWith("Trailing token")) {
                return "has more after its JSON value";
            }
            if (original.startsWith("No content to map")) {
                return "is empty";
            }
            if (original.contains(StrictStrings.NUL_MESSAGE)) {
                return StrictStrings.NUL_MESSAGE;
            }
            if (mismatch.getTargetType() != null) {
                return expected(mismatch.getTargetType());
            }
        }
        if (!(e instanceof JsonMappingException)) {
            return "is not valid JSON";
        }
        return "has the wrong type or format";
    }

    private static String outOfRange(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == long.class || type == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "is out of range";
    }

    private static String expected(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "must be an instant such as 2026-11-30T10:15:30Z";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-11-23";
        }
        if (type.isEnum()) {
            return "is not one of the allowed values";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "has the wrong type or format";
    }
}
