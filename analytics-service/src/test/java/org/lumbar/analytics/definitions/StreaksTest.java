package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.clinical.measures.IsoWeek;

class StreaksTest {

    /**
     * @param weeks one token per week, oldest first: A adherent, L low, - nothing scheduled, a/l the week in progress
     *        adherent or not yet
     */
    @ParameterizedTest(name = "{0}: current {1}, longest {2}")
    @CsvSource({
            "'', 0, 0",
            "'A', 1, 1",
            "'L', 0, 0",
            "'A A L A A A', 3, 3",
            "'A A A L A', 1, 3",
            "'A - A - A', 3, 3", // paused weeks neither break nor extend
            "'A A l', 2, 2", // the week in progress does not break the streak
            "'A A a', 3, 3", // and extends it once adherent
            "'L a', 1, 1",
            "'- - -', 0, 0",
            "'A L L', 0, 1" })
    void adherentWeeksInARow(String tokens, int current, int longest) {
        List<WeekFigures> weeks = new ArrayList<>();
        IsoWeek week = IsoWeek.parse("2026-W30");
        for (String token : tokens.isBlank() ? new String[0] : tokens.trim().split(" ")) {
            boolean inProgress = Character.isLowerCase(token.charAt(0));
            int scheduled = token.equals("-") ? 0 : 5;
            int completed = token.equalsIgnoreCase("A") ? 4 : 2;
            weeks.add(WeekFigures.of(week, inProgress, scheduled, scheduled,
                    new WeekTotals(scheduled == 0 ? 0 : completed, 0, 0, 0, 0, 0, 0, 0), null));
            week = week.plusWeeks(1);
        }
        assertThat(Streaks.of(weeks)).isEqualTo(new Streaks(current, longest));
    }
}
