package org.lumbar.clinical.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InactivityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /**
     * @param start days before today the first program started
     * @param last days before today of the last completed session, -1 for none
     * @param planned days before today with a planned session (within the last 14), space-separated
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'no program in force today', 30, -1, false, '1 2 3', ''",
            "'session yesterday', 30, 1, true, '1 2 3', ''",
            "'session today', 30, 0, true, '1 2 3', ''",
            "'last session 2 days ago, planned yesterday', 30, 2, true, '1 2', ''",
            "'last session 3 days ago, planned yesterday', 30, 3, true, '1 2 3', 'missed-sessions'",
            "'last session 3 days ago, nothing planned in the last 2 days', 30, 3, true, '3 5', ''",
            "'no session since the start 2 days ago', 2, -1, true, '1 2', 'missed-sessions'",
            "'no session since the start yesterday', 1, -1, true, '1', ''",
            "'13 idle days', 30, 14, true, '1 2 3 13', 'missed-sessions'",
            "'14 idle days', 30, 15, true, '1 2 3 14', 'inactive-14-days missed-sessions'",
            "'14 idle days but nothing planned in them (paused)', 30, 15, true, '', ''",
            "'14 idle days, planned long ago only', 30, 15, true, '10 12', 'inactive-14-days'",
            "'never a session, program started 20 days ago', 20, -1, true, '1 5 9', 'inactive-14-days missed-sessions'" })
    void inactivityRules(String name, int start, int last, boolean inForce, String planned, String expected) {
        List<LocalDate> plannedDays = planned.isBlank() ? List.of()
                : Arrays.stream(planned.split(" ")).map(d -> TODAY.minusDays(Integer.parseInt(d))).toList();
        Set<String> holding = Inactivity.holding(TODAY, TODAY.minusDays(start), last < 0 ? null : TODAY.minusDays(last),
                inForce, plannedDays).stream().map(r -> r.code).collect(Collectors.toSet());
        assertThat(holding).isEqualTo(expected.isBlank() ? Set.of() : Set.of(expected.split(" ")));
    }
}
