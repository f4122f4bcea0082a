package org.lumbar.clinical.pain;

import java.util.List;
import java.util.Set;

/**
 * What the rules know besides the report itself.
 *
 * @param earlierScores the scores reported earlier in this session, oldest first
 * @param painfulExercisesEarlier exercises of this session whose pain already stopped them
 *        ({@link PainRule#painfulExercise()})
 * @param variantsOfExercise the easier and harder variants the catalog links to the report's exercise: pain on the
 *        modification of an exercise is the same exercise still hurting, not another one
 * @param worstScoreLastSession the highest score of the patient's previous session within
 *        {@link PainRules#NOT_IMPROVING_WITHIN_DAYS} days, or null
 * @param strengthDay today's session holds strengthening work
 */
public record PainContext(List<Integer> earlierScores, Set<String> painfulExercisesEarlier,
        Set<String> variantsOfExercise, Integer worstScoreLastSession, boolean strengthDay) {

    public static final PainContext NONE = new PainContext(List.of(), Set.of(), Set.of(), null, false);

    public PainContext {
        earlierScores = List.copyOf(earlierScores);
        painfulExercisesEarlier = Set.copyOf(painfulExercisesEarlier);
        variantsOfExercise = Set.copyOf(variantsOfExercise);
    }
}
