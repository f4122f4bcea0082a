package org.lumbar.analytics.rest;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.lumbar.commons.http.QueryValues;

/**
 * Analytics' query values, read by commons' {@link QueryValues} (a bad value is a 400 naming the parameter): paging
 * from page 0 with 20 a page by default and 100 at most, and a blank value taken as left out, as a form sends it.
 */
public final class Params {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    public static final int MAX_PAGE = 100_000;

    private Params() {
    }

    public static int page(String value) {
        return Objects.requireNonNullElse(wholeNumber("page", value, 0, MAX_PAGE), 0);
    }

    public static int size(String value) {
        return Objects.requireNonNullElse(wholeNumber("size", value, 1, MAX_PAGE_SIZE), DEFAULT_PAGE_SIZE);
    }

    public static Integer wholeNumber(String name, String value, int min, int max) {
        return blank(value) ? null : QueryValues.wholeNumber(name, value.trim(), min, max);
    }

    public static String oneOf(String name, String value, Collection<String> allowed) {
        return blank(value) ? null : QueryValues.oneOf(name, value, List.copyOf(allowed));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
