package org.lumbar.clinical.measures;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which sets of a session count toward its prescribed dose (rule {@code adherence.prescribed-sets}): a set counts
 * only where it fills a set the program prescribes for that exercise, so an extra set of one exercise never makes up
 * for a skipped set of another; a per-side set counts once both sides are done.
 */
public final class PrescribedSets {

    /** One exercise of the program and how many sets it prescribes. */
    public record Prescribed(String exercise, int sets, boolean perSide) {
    }

    /** One recorded set; {@code side} is left, right or both. */
    public record Performed(String exercise, int setNumber, String side) {
    }

    private PrescribedSets() {
    }

    /**
     * @param prescribed the program's items; empty for a session without a program, where every distinct set
     *        (exercise and set number) counts once
     */
    public static int counted(List<Prescribed> prescribed, List<Performed> performed) {
        Map<String, Set<String>> sidesBySet = new HashMap<>();
        for (Performed set : performed) {
            sidesBySet.computeIfAbsent(set.exercise() + "#" + set.setNumber(), k -> new HashSet<>()).add(set.side());
        }
        if (prescribed.isEmpty()) {
            return sidesBySet.size();
        }
        Map<String, Integer> setsOf = new HashMap<>();
        Map<String, Boolean> perSide = new HashMap<>();
        for (Prescribed item : prescribed) {
            setsOf.merge(item.exercise(), item.sets(), Integer::sum);
            perSide.merge(item.exercise(), item.perSide(), Boolean::logicalOr);
        }
        Map<String, Integer> done = new HashMap<>();
        sidesBySet.forEach((key, sides) -> {
            String exercise = key.substring(0, key.lastIndexOf('#'));
            if (setsOf.containsKey(exercise) && (!perSide.get(exercise) || bothSides(sides))) {
                done.merge(exercise, 1, Integer::sum);
            }
        });
        return done.entrySet().stream().mapToInt(e -> Math.min(e.getValue(), setsOf.get(e.getKey()))).sum();
    }

    private static boolean bothSides(Set<String> sides) {
        return sides.contains("both") || (sides.contains("left") && sides.contains("right"));
    }
}
