package org.lumbar.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The contracts' JSON Schema files (draft 2020-12) from the classpath, each loaded once, with formats asserted. */
final class JsonSchemas {

    static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory DRAFT_2020_12 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final Map<String, JsonSchema> LOADED = new ConcurrentHashMap<>();

    private JsonSchemas() {
    }

    static JsonSchema load(String resource) {
        return LOADED.computeIfAbsent(resource, JsonSchemas::read);
    }

    /** The messages of a validation, sorted: empty when the instance conforms. */
    static Set<String> messages(Set<ValidationMessage> validation) {
        Set<String> messages = new TreeSet<>();
        validation.forEach(message -> messages.add(message.getMessage()));
        return messages;
    }

    private static JsonSchema read(String resource) {
        try (InputStream in = JsonSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing schema " + resource);
            }
            return DRAFT_2020_12.getSchema(in, ASSERT_FORMATS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
