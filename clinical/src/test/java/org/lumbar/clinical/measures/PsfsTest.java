package org.lumbar.clinical.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class PsfsTest {

    @Test
    void theScoreIsTheMeanAndTwoPointsUpIsMeaningful() {
        assertEquals(3.7, Psfs.score(List.of(2, 4, 5)));
        assertEquals(10.0, Psfs.score(List.of(10)));
        assertTrue(Psfs.meaningfulImprovement(3.7, 5.7));
        assertTrue(Psfs.meaningfulImprovement(3.0, 6.0));
        assertFalse(Psfs.meaningfulImprovement(3.7, 5.6));
        assertFalse(Psfs.meaningfulImprovement(6.0, 4.0));
    }

    @Test
    void oneToFiveActivitiesRatedZeroToTen() {
        assertThrows(IllegalArgumentException.class, () -> Psfs.score(List.of()));
        assertThrows(IllegalArgumentException.class, () -> Psfs.score(List.of(1, 2, 3, 4, 5, 6)));
        assertThrows(IllegalArgumentException.class, () -> Psfs.score(List.of(11)));
        assertThrows(IllegalArgumentException.class, () -> Psfs.score(List.of(-1)));
    }
}
