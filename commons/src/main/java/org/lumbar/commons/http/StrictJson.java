package org.lumbar.commons.http;

import java.io.IOException;
import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * A request body means exactly what it says or is refused (400 naming the field, {@code ProblemMappers}): no
 * {@code 12.5} stored as {@code 12}, no {@code "12"} or {@code true} read as a number or text, no {@code null} for a
 * primitive, no second value after the first. Unknown fields are refused too ({@code quarkus.jackson.fail-on-unknown-properties}).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // An explicit null for a primitive is refused; a primitive left out keeps its default (false, 0), which
        // FAIL_ON_NULL_FOR_PRIMITIVES (and Nulls.FAIL) would refuse too for a record's fields.
        SimpleModule primitives = new SimpleModule("lumbar-no-null-primitives");
        Map<Class<?>, Object> defaults = Map.of(boolean.class, false, int.class, 0, long.class, 0L, double.class, 0.0,
                float.class, 0.0f, short.class, (short) 0, byte.class, (byte) 0);
        defaults.forEach((type, value) -> addNoNull(primitives, type, value));
        mapper.registerModule(primitives);
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    @SuppressWarnings("unchecked")
    private static <T> void addNoNull(SimpleModule module, Class<T> type, Object defaultValue) {
        module.addDeserializer(type, (JsonDeserializer<T>) new NoNullPrimitive(type, defaultValue));
    }

    static final class NoNullPrimitive extends StdDeserializer<Object> {

        private final transient JsonDeserializer<?> standard;
        private final Object defaultValue;

        NoNullPrimitive(Class<?> type, Object defaultValue) {
            super(type);
            this.standard = NumberDeserializers.find(type, type.getName());
            this.defaultValue = defaultValue;
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return standard.deserialize(parser, context);
        }

        @Override
        public Object getNullValue(DeserializationContext context) throws JsonMappingException {
            throw InvalidNullException.from(context, null, context.constructType(handledType()));
        }

        @Override
        public Object getAbsentValue(DeserializationContext context) {
            return defaultValue;
        }

        @Override
        public LogicalType logicalType() {
            return standard.logicalType();
        }
    }
}
