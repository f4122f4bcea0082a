package org.lumbar.catalog.exercises;

import java.util.Set;

/**
 * The version a write is based on, and where the client stated it: {@code If-Match} (any of its ETags may match)
 * or the body's {@code version}. The write goes ahead only when the exercise is still at that version.
 */
public record Precondition(String field, Set<Long> versions) {

    boolean holdsFor(long currentVersion) {
        return versions.contains(currentVersion);
    }
}
