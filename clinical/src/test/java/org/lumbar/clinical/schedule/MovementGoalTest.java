package org.lumbar.clinical.schedule;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MovementGoalTest {

    @Test
    void oneHundredFiftyMinutesAndTwoStrengthSessionsAWeek() {
        assertTrue(new MovementGoal(150, 2).met());
        assertFalse(new MovementGoal(149, 2).met());
        assertTrue(new MovementGoal(149, 2).strengthMet());
        assertFalse(new MovementGoal(300, 1).met());
        assertTrue(new MovementGoal(300, 1).aerobicMet());
    }
}
