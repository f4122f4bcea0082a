package org.lumbar.clinical.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lumbar.clinical.pain.RedFlag;

class ScreeningTest {

    @Test
    void anyYesHoldsTheProgramForReview() {
        assertFalse(new Screening(Set.of(), false, false).needsReview());
        assertEquals(List.of(ScreeningRule.RED_FLAGS), new Screening(Set.of(RedFlag.FEVER), false, false)
                .reasonsForReview());
        assertEquals(List.of(ScreeningRule.CHRONIC_OR_SEVERE), new Screening(Set.of(), true, false).reasonsForReview());
        assertEquals(List.of(ScreeningRule.RECENT_FALL_OR_SURGERY), new Screening(null, false, true)
                .reasonsForReview());
        assertTrue(new Screening(Set.of(RedFlag.BLADDER_BOWEL), true, true).needsReview());
        assertEquals(3, new Screening(Set.of(RedFlag.BLADDER_BOWEL), true, true).reasonsForReview().size());
    }
}
