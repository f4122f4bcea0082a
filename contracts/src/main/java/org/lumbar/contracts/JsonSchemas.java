package org.lumbar.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/** Loads the contracts' JSON Schema files (draft 2020-12) from the classpath, with formats asserted. */
final class JsonSchemas {

    static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final JsonSchemaFactory DRAFT_2020_12 = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private JsonSchemas() {
    }

    static JsonSchema load(String resource) {
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
