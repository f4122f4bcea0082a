package org.lumbar.session.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lumbar.session.service.PainGuidance.Action;

class PainGuidanceTest {

    @ParameterizedTest(name = "{0} pain on {2}, earlier warnings on [{3}], red flags [{1}] -> {4}, alert {5}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "ache      | -          | cat-cow       | -             | CONTINUE           | false",
            "soreness  | -          | -             | -             | CONTINUE           | false",
            "-         | -          | -             | -             | CONTINUE           | false",
            "sharp     | -          | knee-to-chest | -             | MODIFY             | false",
            "stabbing  | -          | bird-dog      | -             | MODIFY             | false",
            "radiating | -          | glute-bridge  | -             | MODIFY             | false",
            "sharp     | -          | knee-to-chest | knee-to-chest | MODIFY             | false",
            "sharp     | -          | cat-cow       | knee-to-chest | STOP_SEE_CLINICIAN | true",
            "radiating | -          | -             | -             | STOP_SEE_CLINICIAN | true",
            "tingling  | -          | cat-cow       | -             | STOP_SEE_CLINICIAN | true",
            "numbness  | -          | -             | -             | STOP_SEE_CLINICIAN | true",
            "ache      | fever      | -             | -             | STOP_SEE_CLINICIAN | true",
            "-         | after-fall | cat-cow       | -             | STOP_SEE_CLINICIAN | true",
            "ache      | bladder-bowel,severe-not-improving | - | -   | STOP_SEE_CLINICIAN | true",
    })
    void decidesFromQualityRedFlagsAndEarlierWarnings(String quality, String redFlags, String exercise,
            String earlierWarnings, Action expected, boolean alert) {
        PainGuidance.Decision decision = PainGuidance.decide(quality, split(redFlags), exercise, split(earlierWarnings));
        assertThat(decision.action()).isEqualTo(expected);
        assertThat(decision.alert()).isEqualTo(alert);
    }

    private static List<String> split(String csv) {
        return csv == null ? List.of() : Arrays.asList(csv.split(","));
    }
}
