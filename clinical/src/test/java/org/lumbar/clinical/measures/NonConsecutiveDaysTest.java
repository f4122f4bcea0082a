package org.lumbar.clinical.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonConsecutiveDaysTest {

    private static final IsoWeek WEEK = IsoWeek.parse("2026-W41"); // Monday 5 October 2026

    /** @param days offsets from the week's Monday, space-separated (-1 is the Sunday before) */
    @ParameterizedTest(name = "sessions on {0}: kept {1}")
    @CsvSource({
            "'', true",
            "'0 2 4', true",
            "'0 2 4 6', true",
            "'0 1', false",
            "'0 2 3', false",
            "'-1 0', false", // Sunday then Monday crosses into this week
            "'5 6', false",
            "'6 7', true", // Sunday then the next Monday is the next week's concern
            "'2 2 4', true", // two sessions the same day are not consecutive days
            "'-2 0 2', true" })
    void noTwoDaysInARow(String offsets, boolean kept) {
        List<LocalDate> days = offsets.isBlank() ? List.of()
                : Arrays.stream(offsets.trim().split(" ")).map(o -> WEEK.monday().plusDays(Integer.parseInt(o))).toList();
        assertThat(NonConsecutiveDays.kept(days, WEEK)).isEqualTo(kept);
    }
}
