package org.lumbar.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The AsyncAPI document agrees with the code that publishes and consumes: every event type is a message of its
 * topic's channel with its schema, every topic is a channel, every example is a record the document accepts, and a
 * record that breaks it is told why.
 */
class AsyncApiDocumentTest {

    private static final AsyncApiDocument DOCUMENT = AsyncApiDocument.load();

    @Test
    void everyEventTypeIsAMessageOfItsTopicsChannelCarryingItsSchema() {
        for (EventType type : EventType.values()) {
            JsonNode message = DOCUMENT.message(type.topic(), type.type()).orElseThrow(
                    () -> new AssertionError(type.type() + " is no message of channel " + type.topic()));
            assertThat(message.at("/payload/schema/$ref").asText()).as(type.type())
                    .isEqualTo("schemas/" + type.type() + ".json");
            assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).as(type.type())
                    .isEqualTo(type.type());
        }
        List<String> documented = new ArrayList<>();
        for (String topic : Topics.ALL) {
            DOCUMENT.messages(channel(topic)).values().forEach(message -> documented.add(message.path("name").asText()));
        }
        assertThat(documented).as("messages on the topics")
                .containsExactlyInAnyOrderElementsOf(types(EventType.values()));
    }

    @Test
    void everyTopicIsAChannelAndOnlyTheCompactedOnesSayCompact() {
        for (String topic : Topics.ALL) {
            JsonNode binding = channel(topic).at("/bindings/kafka");
            assertThat(binding.path("topic").asText()).isEqualTo(topic);
            List<String> cleanup = new ArrayList<>();
            binding.at("/topicConfiguration/cleanup.policy").forEach(policy -> cleanup.add(policy.asText()));
            assertThat(cleanup).as(topic).containsExactly(Topics.COMPACTED.contains(topic) ? "compact" : "delete");
        }
    }

    @Test
    void theDeadLetterChannelTakesExactlyTheTopicsSomeoneConsumes() {
        JsonNode channel = DOCUMENT.channel(Topics.deadLetter("{topic}")).orElseThrow().getValue();
        Set<String> parameter = new TreeSet<>();
        DOCUMENT.resolve(channel.at("/parameters/topic")).path("enum").forEach(topic -> parameter.add(topic.asText()));
        Set<String> consumed = new TreeSet<>();
        DOCUMENT.root().path("operations").forEach(operation -> {
            if (operation.path("action").asText().equals("receive")) {
                consumed.add(DOCUMENT.resolve(operation.path("channel")).path("address").asText());
            }
        });
        assertThat(parameter).isEqualTo(consumed).contains(Topics.SESSION_EVENTS);
    }

    @Test
    void everyExampleOnATopicIsARecordTheDocumentAccepts() {
        int examples = 0;
        for (String topic : Topics.ALL) {
            for (JsonNode message : DOCUMENT.messages(channel(topic)).values()) {
                assertThat(message.path("examples")).as(message.path("name").asText()).isNotEmpty();
                for (JsonNode example : message.path("examples")) {
                    JsonNode payload = example.path("payload");
                    String key = Topics.COMPACTED.contains(topic) ? payload.path("slug").asText()
                            : payload.path("patientId").asText();
                    assertThat(DOCUMENT.recordViolations(topic, key, text(example.path("headers")), payload.toString()))
                            .as(message.path("name").asText() + " example " + example.path("name").asText()).isEmpty();
                    EventType type = EventType.ofType(message.path("name").asText()).orElseThrow();
                    assertThat(EventCodec.violations(type, payload)).isEmpty();
                    examples++;
                }
            }
        }
        assertThat(examples).isGreaterThanOrEqualTo(EventType.values().length);
    }

    @Test
    void aClinicsWebhookCarriesEveryProgressEventSignedAsStandardWebhooksSign() {
        JsonNode channel = DOCUMENT.root().path("channels").path(AsyncApiDocument.CLINIC_WEBHOOK);
        Map<String, JsonNode> messages = DOCUMENT.messages(channel);
        assertThat(messages.values().stream().map(m -> m.path("name").asText()).toList())
                .containsExactlyInAnyOrderElementsOf(types(progressTypes()));
        for (JsonNode message : messages.values()) {
            Set<String> required = new TreeSet<>();
            message.at("/headers/allOf/0/required").forEach(name -> required.add(name.asText()));
            assertThat(required).contains("webhook-id", "webhook-timestamp", "webhook-signature", "ce-id", "ce-type");
            for (JsonNode example : message.path("examples")) {
                assertThat(DOCUMENT.webhookViolations(text(example.path("headers")), example.path("payload").toString()))
                        .as(message.path("name").asText()).isEmpty();
            }
            assertThat(message.path("examples")).isNotEmpty();
        }
        Map<String, String> unsigned = new HashMap<>(exampleHeaders(messages.values().iterator().next()));
        unsigned.remove("webhook-signature");
        assertThat(DOCUMENT.webhookViolations(unsigned, exampleBody(messages.values().iterator().next())))
                .anySatisfy(violation -> assertThat(violation).contains("webhook-signature"));
    }

    @Test
    void aRecordThatBreaksTheDocumentIsToldWhy() {
        JsonNode setCompleted = DOCUMENT.message(Topics.SESSION_EVENTS, EventType.SET_COMPLETED.type()).orElseThrow();
        Map<String, String> headers = exampleHeaders(setCompleted);
        String body = exampleBody(setCompleted);
        String patient = setCompleted.at("/examples/0/payload/patientId").asText();
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, headers, body)).isEmpty();

        assertThat(DOCUMENT.recordViolations("session.evnts", patient, headers, body))
                .containsExactly("no channel has the address session.evnts");
        assertThat(DOCUMENT.recordViolations(Topics.PROGRAM_EVENTS, patient, headers, body))
                .containsExactly("channel programEvents has no message named lumbar.session.set-completed.v1");
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, null, headers, body))
                .anySatisfy(violation -> assertThat(violation).startsWith("key: "));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, without(headers, "ce_id"), body))
                .anySatisfy(violation -> assertThat(violation).startsWith("headers: ").contains("ce_id"));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, with(headers, "ce_time", "yesterday"), body))
                .anySatisfy(violation -> assertThat(violation).startsWith("headers: ").contains("ce_time"));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient,
                with(headers, "ce_source", "/lumbar/analytics-service"), body))
                .anySatisfy(violation -> assertThat(violation).startsWith("headers: ").contains("ce_source"));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, headers, body.replace("\"setNumber\":1", "\"setNumber\":0")))
                .anySatisfy(violation -> assertThat(violation).startsWith("payload: ").contains("setNumber"));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, headers, "{not json"))
                .anySatisfy(violation -> assertThat(violation).startsWith("payload: is not JSON"));
        assertThat(DOCUMENT.recordViolations(Topics.SESSION_EVENTS, patient, headers, null))
                .containsExactly("payload: is empty");
    }

    private static JsonNode channel(String topic) {
        return DOCUMENT.channel(topic).orElseThrow(() -> new AssertionError("no channel for " + topic)).getValue();
    }

    private static List<String> types(EventType... types) {
        return java.util.Arrays.stream(types).map(EventType::type).toList();
    }

    private static EventType[] progressTypes() {
        return java.util.Arrays.stream(EventType.values()).filter(t -> t.topic().equals(Topics.PROGRESS_EVENTS))
                .toArray(EventType[]::new);
    }

    private static Map<String, String> exampleHeaders(JsonNode message) {
        return text(message.at("/examples/0/headers"));
    }

    private static String exampleBody(JsonNode message) {
        return message.at("/examples/0/payload").toString();
    }

    private static Map<String, String> text(JsonNode headers) {
        Map<String, String> text = new TreeMap<>();
        headers.fields().forEachRemaining(header -> text.put(header.getKey(), header.getValue().asText()));
        return text;
    }

    private static Map<String, String> without(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(h -> !h.getKey().equals(name))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new HashMap<>(headers);
        changed.put(name, value);
        return changed;
    }
}
