package org.lumbar.observability;

import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Traces leave the process only when someone collects them: the OpenTelemetry SDK is off unless an OTLP endpoint is
 * configured ({@code QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT} or {@code QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT}, or
 * the same as system properties). Ranks above application.properties and below the environment, so
 * {@code QUARKUS_OTEL_SDK_DISABLED} still decides when it is set.
 */
public class TracingSwitch implements ConfigSource {

    static final String SDK_DISABLED = "quarkus.otel.sdk.disabled";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(SDK_DISABLED);
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(SDK_DISABLED, getValue(SDK_DISABLED));
    }

    @Override
    public String getValue(String name) {
        return SDK_DISABLED.equals(name) ? Boolean.toString(!endpointConfigured()) : null;
    }

    static boolean endpointConfigured() {
        return present(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"))
                || present(System.getenv("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT"))
                || present(System.getProperty("quarkus.otel.exporter.otlp.endpoint"))
                || present(System.getProperty("quarkus.otel.exporter.otlp.traces.endpoint"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String getName() {
        return "lumbar-tracing-switch";
    }

    @Override
    public int getOrdinal() {
        return 275;
    }
}
