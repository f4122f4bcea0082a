package org.lumbar.analytics.definitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffTest {

    @ParameterizedTest(name = "after {0} failed attempts wait {1}")
    @CsvSource({ "0, PT0S", "1, PT10S", "2, PT20S", "3, PT40S", "6, PT5M20S", "9, PT42M40S", "10, PT1H", "40, PT1H",
            "2147483647, PT1H" })
    void eachRetryWaitsTwiceAsLongUpToTheMaximum(int failedAttempts, Duration delay) {
        assertThat(Backoff.delay(failedAttempts, Duration.ofSeconds(10), Duration.ofHours(1))).isEqualTo(delay);
    }

    @ParameterizedTest(name = "{0} of {1} attempts made: gives up {2}")
    @CsvSource({ "1, 8, false", "7, 8, false", "8, 8, true", "9, 8, true", "1, 1, true" })
    void aDeliveryIsGivenUpAfterItsLastAttempt(int attempts, int max, boolean givesUp) {
        assertThat(Backoff.givesUp(attempts, max)).isEqualTo(givesUp);
    }
}
