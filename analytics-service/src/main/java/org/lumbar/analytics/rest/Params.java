package org.lumbar.analytics.rest;

import java.util.Collection;

import org.lumbar.commons.http.ProblemException;

/** Query values that JAX-RS would turn into a bare 404 when malformed; a bad value is a 400 naming the parameter. */
public final class Params {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    private Params() {
    }

    public static int page(String value) {
        Integer page = wholeNumber("page", value, 0, MAX_PAGE);
        return page == null ? 0 : page;
    }

    public static int size(String value) {
        Integer size = wholeNumber("size", value, 1, MAX_PAGE_SIZE);
        return size == null ? DEFAULT_PAGE_SIZE : size;
    }

    public static Integer wholeNumber(String name, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ProblemException.badRequest(name, "must be a whole number from " + min + " to " + max);
    }

    public static String oneOf(String name, String value, Collection<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw ProblemException.badRequest(name, "must be one of " + String.join(", ", allowed));
        }
        return value;
    }
}
