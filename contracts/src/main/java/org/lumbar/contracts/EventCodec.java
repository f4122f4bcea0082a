package org.lumbar.contracts;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;

/**
 * Turns event records into the JSON {@code data} of a CloudEvent and back, checking the JSON against the
 * event type's schema both ways, so a producer cannot emit and a consumer cannot accept what the contract
 * does not allow.
 */
public final class EventCodec {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<EventType, JsonSchema> SCHEMAS = loadSchemas();

    private EventCodec() {
    }

    public static String encode(Record data) {
        EventType type = EventType.of(data.getClass());
        JsonNode tree = JSON.valueToTree(data);
        requireValid(type, tree);
        try {
            return JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(type.type() + " could not be written: " + e.getOriginalMessage());
        }
    }

    /** Parses and validates {@code json} as the data of {@code type}; throws {@link InvalidEventException}. */
    public static <T extends Record> T decode(EventType type, String json, Class<T> expected) {
        if (!expected.equals(type.dataClass())) {
            throw new IllegalArgumentException(type.type() + " carries " + type.dataClass().getSimpleName());
        }
        try {
            JsonNode tree = JSON.readTree(json == null ? "" : json);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidEventException(type.type() + " has no data");
            }
            requireValid(type, tree);
            return JSON.treeToValue(tree, expected);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException(type.type() + " is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** The schema violations of {@code json} for {@code type}, empty when it conforms. */
    public static Set<String> violations(EventType type, JsonNode json) {
        return JsonSchemas.messages(SCHEMAS.get(type).validate(json));
    }

    private static void requireValid(EventType type, JsonNode tree) {
        Set<String> violations = violations(type, tree);
        if (!violations.isEmpty()) {
            throw new InvalidEventException(type.type() + " violates its schema: " + String.join("; ", violations));
        }
    }

    private static Map<EventType, JsonSchema> loadSchemas() {
        Map<EventType, JsonSchema> schemas = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            schemas.put(type, JsonSchemas.load(type.schemaResource()));
        }
        return schemas;
    }
}
