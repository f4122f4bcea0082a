package org.lumbar.catalog.rest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.EntityTag;

import org.lumbar.catalog.exercises.Precondition;
import org.lumbar.commons.http.Problem;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.catalog.exercises.ExerciseView;

/** ETags of exercises, {@code "<slug>-<version>"}, and the preconditions a write states with them. */
final class ExerciseTags {

    static final String IF_MATCH = "If-Match";

    private ExerciseTags() {
    }

    static EntityTag of(ExerciseView exercise) {
        return new EntityTag(exercise.slug() + "-" + exercise.version());
    }

    /**
     * What a write is based on: the ETags of {@code If-Match} and/or a version the client gives in the body or the
     * query. A write without either would overwrite changes it never saw, so it is refused with 428.
     */
    static List<Precondition> required(String slug, String ifMatch, Long version) {
        List<Precondition> preconditions = new ArrayList<>();
        if (ifMatch != null) {
            preconditions.add(new Precondition(IF_MATCH, versionsIn(slug, ifMatch)));
        }
        if (version != null) {
            preconditions.add(new Precondition("version", Set.of(version)));
        }
        if (preconditions.isEmpty()) {
            throw preconditionRequired("send If-Match with the exercise's current ETag, or the version the change is based on");
        }
        return preconditions;
    }

    /** Versions named by the strong ETags of an If-Match list; weak tags and tags of other exercises name none. */
    private static Set<Long> versionsIn(String slug, String ifMatch) {
        Set<Long> versions = new HashSet<>();
        String prefix = "\"" + slug + "-";
        for (String tag : ifMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*")) {
                throw preconditionRequired("* would skip the check; send the exercise's current ETag");
            }
            if (candidate.startsWith(prefix) && candidate.endsWith("\"")) {
                String number = candidate.substring(prefix.length(), candidate.length() - 1);
                if (number.matches("\\d{1,18}")) {
                    versions.add(Long.parseLong(number));
                }
            }
        }
        return versions;
    }

    private static ProblemException preconditionRequired(String message) {
        return new ProblemException(428, "Precondition Required", IF_MATCH + ": " + message,
                List.of(new Problem.FieldError(IF_MATCH, message)));
    }
}
