package org.lumbar.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The OpenTelemetry SDK runs exactly when an OTLP endpoint is configured, and the switch decides nothing else. */
class TracingSwitchTest {

    private static final String ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    private static final String TRACES_ENDPOINT = "quarkus.otel.exporter.otlp.traces.endpoint";

    private String endpoint;
    private String tracesEndpoint;

    @BeforeEach
    void clearEndpoints() {
        endpoint = System.clearProperty(ENDPOINT);
        tracesEndpoint = System.clearProperty(TRACES_ENDPOINT);
    }

    @AfterEach
    void restoreEndpoints() {
        restore(ENDPOINT, endpoint);
        restore(TRACES_ENDPOINT, tracesEndpoint);
    }

    @Test
    void theSdkIsOnExactlyWhenAnEndpointIsConfigured() {
        boolean fromEnvironment = present(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"))
                || present(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"));
        TracingSwitch tracing = new TracingSwitch();
        assertThat(tracing.getValue(TracingSwitch.SDK_DISABLED)).isEqualTo(Boolean.toString(!fromEnvironment));

        System.setProperty(ENDPOINT, "   ");
        assertThat(tracing.getValue(TracingSwitch.SDK_DISABLED)).as("a blank endpoint is none")
                .isEqualTo(Boolean.toString(!fromEnvironment));

        System.setProperty(TRACES_ENDPOINT, "http://collector:4318/v1/traces");
        assertThat(tracing.getValue(TracingSwitch.SDK_DISABLED)).isEqualTo("false");
        assertThat(tracing.getProperties()).containsEntry(TracingSwitch.SDK_DISABLED, "false").hasSize(1);
    }

    @Test
    void itAnswersForTheSdkSwitchOnlyAndRanksBelowTheEnvironment() {
        TracingSwitch tracing = new TracingSwitch();
        assertThat(tracing.getValue("quarkus.otel.exporter.otlp.endpoint")).isNull();
        assertThat(tracing.getPropertyNames()).containsExactly(TracingSwitch.SDK_DISABLED);
        // application.properties is 250, environment variables 300
        assertThat(tracing.getOrdinal()).isBetween(251, 299);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static void restore(String name, String value) {
        if (value == null) {
            System.clearProperty(name);
        } else {
            System.setProperty(name, value);
        }
    }
}
