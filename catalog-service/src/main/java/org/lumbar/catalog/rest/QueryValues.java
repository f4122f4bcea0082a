package org.lumbar.catalog.rest;

import java.util.List;

import org.lumbar.commons.http.ProblemException;

/**
 * Reads query parameter values with answers that name the parameter. Typed JAX-RS parameters would turn a value
 * such as {@code page=two} into a bare 404; these give a 400 problem saying what is allowed.
 */
final class QueryValues {

    private QueryValues() {
    }

    static String oneOf(String name, String value, List<String> allowed) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw ProblemException.badRequest(name, "must be one of " + String.join(", ", allowed));
    }

    static Boolean trueOrFalse(String name, String value) {
        return value == null ? null : Boolean.valueOf(oneOf(name, value, List.of("true", "false")));
    }

    static Integer wholeNumber(String name, String value, int min, int max) {
        if (value == null) {
            return null;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }
}
