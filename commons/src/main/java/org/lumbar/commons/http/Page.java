package org.lumbar.commons.http;

import java.util.List;

/** One page of a listing, with the number of all matches: {@code {"items":[...],"total":N}}. */
public record Page<T>(List<T> items, long total) {
}
