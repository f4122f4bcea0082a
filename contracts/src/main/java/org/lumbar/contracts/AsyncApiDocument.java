package org.lumbar.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

/**
 * The AsyncAPI document of every channel Lumbar publishes on ({@code /asyncapi.yaml}, beside the JSON Schemas it
 * refers to), and the check that a Kafka record is one of the messages it describes: its topic is a channel, its
 * {@code ce_type} names a message of that channel, and its headers, key and value satisfy that message's schemas.
 */
public final class AsyncApiDocument {

    public static final String RESOURCE = "/asyncapi.yaml";
    /** The channel of a clinic's webhook: HTTPS deliveries of progress events, at the URL the clinic registered. */
    public static final String CLINIC_WEBHOOK = "clinicWebhook";

    private static final ObjectMapper JSON = new ObjectMapper();
    /** AsyncAPI's own schema objects (headers, keys) are a superset of JSON Schema draft 07. */
    private static final JsonSchemaFactory DRAFT_07 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);

    private final JsonNode root;

    private AsyncApiDocument(JsonNode root) {
        this.root = root;
    }

    public static AsyncApiDocument load() {
        try (InputStream in = AsyncApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            // SnakeYAML resolves the document's anchors and aliases, which Jackson's YAML parser leaves as names
            Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return new AsyncApiDocument(JSON.valueToTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The channel whose address is {@code address}, keyed by its id. */
    public Optional<Map.Entry<String, JsonNode>> channel(String address) {
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("channels").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> channel = it.next();
            if (address.equals(channel.getValue().path("address").asText(null))) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }

    /** A channel's messages by id, each with its {@code $ref}s and traits resolved. */
    public Map<String, JsonNode> messages(JsonNode channel) {
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        channel.path("messages").fields().forEachRemaining(m -> messages.put(m.getKey(), withTraits(resolve(m.getValue()))));
        return messages;
    }

    /** The message of the channel at {@code address} whose name is the CloudEvents {@code type}. */
    public Optional<JsonNode> message(String address, String type) {
        return channel(address).flatMap(channel -> named(channel.getValue(), type));
    }

    private Optional<JsonNode> named(JsonNode channel, String type) {
        return messages(channel).values().stream()
                .filter(message -> type != null && type.equals(message.path("name").asText(null))).findFirst();
    }

    /** {@code node} with every local {@code $ref} ({@code #/...}) replaced by what it points at. */
    public JsonNode resolve(JsonNode node) {
        if (node.isObject() && node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            JsonNode target = root.at(node.get("$ref").asText().substring(1));
            if (target.isMissingNode()) {
                throw new IllegalStateException("Unresolved reference " + node.get("$ref").asText());
            }
            return resolve(target);
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), resolve(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(resolve(item)));
            return copy;
        }
        return node;
    }

    /**
     * What is wrong with a Kafka record as the document describes it; empty when it is one of its messages.
     *
     * @param headers the record's headers, as text
     * @param value the record's value, as text (null for a tombstone)
     */
    public Set<String> recordViolations(String topic, String key, Map<String, String> headers, String value) {
        Optional<Map.Entry<String, JsonNode>> channel = channel(topic);
        if (channel.isEmpty()) {
            return Set.of("no channel has the address " + topic);
        }
        String type = headers.get("ce_type");
        Optional<JsonNode> message = named(channel.get().getValue(), type);
        if (message.isEmpty()) {
            return Set.of("channel " + channel.get().getKey() + " has no message named " + type);
        }
        Set<String> violations = messageViolations(message.get(), headers, value);
        JsonNode keySchema = message.get().path("bindings").path("kafka").path("key");
        if (!keySchema.isMissingNode()) {
            violations.addAll(prefixed("key", validate(keySchema, key == null ? NullNode.instance : TextNode.valueOf(key))));
        }
        return violations;
    }

    /**
     * What is wrong with a delivery to a clinic's webhook as the document describes it; empty when it is one of the
     * messages of channel {@value #CLINIC_WEBHOOK}.
     *
     * @param headers the request's headers, names in lower case
     */
    public Set<String> webhookViolations(Map<String, String> headers, String body) {
        JsonNode channel = root.path("channels").path(CLINIC_WEBHOOK);
        if (channel.isMissingNode()) {
            return Set.of("no channel " + CLINIC_WEBHOOK);
        }
        String type = headers.get("ce-type");
        return named(channel, type).map(message -> messageViolations(message, headers, body))
                .orElseGet(() -> Set.of("channel " + CLINIC_WEBHOOK + " has no message named " + type));
    }

    private Set<String> messageViolations(JsonNode message, Map<String, String> headers, String payload) {
        ObjectNode headerTree = JSON.createObjectNode();
        headers.forEach(headerTree::put);
        Set<String> violations = new TreeSet<>(prefixed("headers", validate(message.path("headers"), headerTree)));
        violations.addAll(prefixed("payload", payloadViolations(message, payload)));
        return violations;
    }

    /** What is wrong with {@code payload} as the data of {@code message}, against the JSON Schema it refers to. */
    public Set<String> payloadViolations(JsonNode message, String payload) {
        JsonNode tree;
        try {
            tree = payload == null ? MissingNode.getInstance() : JSON.readTree(payload);
        } catch (JsonProcessingException e) {
            return Set.of("is not JSON: " + e.getOriginalMessage());
        }
        if (tree == null || tree.isMissingNode()) {
            return Set.of("is empty");
        }
        // a multi-format payload ({schemaFormat, schema}) or a bare schema object
        JsonNode schema = message.path("payload").has("schema") ? message.path("payload").path("schema")
                : message.path("payload");
        String file = schema.path("$ref").asText(null);
        if (file == null || file.startsWith("#")) {
            return validate(schema, tree);
        }
        return JsonSchemas.messages(JsonSchemas.load("/" + file).validate(tree));
    }

    /** What is wrong with {@code instance} against an AsyncAPI schema object of this document. */
    public Set<String> validate(JsonNode schema, JsonNode instance) {
        return JsonSchemas.messages(DRAFT_07.getSchema(resolve(schema), JsonSchemas.ASSERT_FORMATS).validate(instance));
    }

    /** A message with its traits applied as AsyncAPI applies them: each a JSON Merge Patch under the message. */
    private JsonNode withTraits(JsonNode message) {
        if (!message.has("traits")) {
            return message;
        }
        ObjectNode merged = JSON.createObjectNode();
        message.get("traits").forEach(trait -> mergePatch(merged, resolve(trait)));
        ObjectNode own = (ObjectNode) message.deepCopy();
        own.remove("traits");
        mergePatch(merged, own);
        return merged;
    }

    private static void mergePatch(ObjectNode target, JsonNode patch) {
        patch.fields().forEachRemaining(field -> {
            JsonNode existing = target.get(field.getKey());
            if (existing instanceof ObjectNode object && field.getValue().isObject()) {
                mergePatch(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        });
    }

    private static List<String> prefixed(String part, Set<String> violations) {
        List<String> prefixed = new ArrayList<>();
        violations.forEach(violation -> prefixed.add(part + ": " + violation));
        return prefixed;
    }
}
