package org.lumbar.contracts.catalog;

import java.util.List;

/** The current state of one catalog exercise; the latest record per slug is the truth (compacted topic). */
public record ExercisePublished(
        String slug,
        String name,
        String category,
        String position,
        int level,
        boolean flareUpSafe,
        boolean retired,
        Dose defaultDose,
        List<String> easier,
        List<String> harder,
        long version) {
}
