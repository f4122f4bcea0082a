package org.lumbar.commons.http;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses NUL characters in any text of a request body (400 naming the field): no database stores them and no
 * patient types them, so they are only ever an attack or a broken client.
 */
@Singleton
public class StrictStrings implements ObjectMapperCustomizer {

    static final String NUL_MESSAGE = "must not contain NUL characters";

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("lumbar-strict-strings");
        module.addDeserializer(String.class, new NoNulStrings());
        mapper.registerModule(module);
    }

    static final class NoNulStrings extends StdScalarDeserializer<String> {

        NoNulStrings() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null && value.indexOf('\0') >= 0) {
                throw context.weirdStringException(value, String.class, NUL_MESSAGE);
            }
            return value;
        }
    }
}
