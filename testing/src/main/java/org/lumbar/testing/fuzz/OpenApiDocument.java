package org.lumbar.testing.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The parts of an OpenAPI 3 document (as parsed JSON) a fuzz run needs. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Object> document;
    private final List<Operation> operations = new ArrayList<>();

    OpenApiDocument(Map<String, Object> document) {
        this.document = document;
        Map<String, Object> paths = map(document.get("paths"));
        paths.forEach((path, item) -> {
            Map<String, Object> pathItem = map(item);
            List<Map<String, Object>> shared = list(pathItem.get("parameters"));
            pathItem.forEach((method, value) -> {
                if (METHODS.contains(method)) {
                    operations.add(new Operation(path, method, map(value), shared));
                }
            });
        });
    }

    List<Operation> operations() {
        return operations;
    }

    /** The schema itself, or the one it refers to. */
    Map<String, Object> resolve(Map<String, Object> schema) {
        Map<String, Object> current = schema;
        for (int depth = 0; current != null && current.get("$ref") instanceof String ref && depth < 10; depth++) {
            current = ref.startsWith(REF_PREFIX)
                    ? map(map(map(document.get("components")).get("schemas")).get(ref.substring(REF_PREFIX.length())))
                    : null;
        }
        return current == null ? Map.of() : current;
    }

    /** The type of a (resolved) schema without {@code null}; {@code anyOf} with null is followed. */
    Map<String, Object> nonNull(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        if (resolved.get("anyOf") instanceof List<?> anyOf) {
            for (Object option : anyOf) {
                Map<String, Object> candidate = resolve(map(option));
                if (!"null".equals(typeOf(candidate))) {
                    return candidate;
                }
            }
        }
        return resolved;
    }

    /** Whether a schema admits null: a type list with "null", or an anyOf/oneOf with such an option. */
    boolean admitsNull(Map<String, Object> schema) {
        Map<String, Object> resolved = resolve(schema);
        if (resolved.isEmpty()) {
            return true;
        }
        Object type = resolved.get("type");
        if ("null".equals(type) || type instanceof List<?> types && types.contains("null")) {
            return true;
        }
        for (String composed : List.of("anyOf", "oneOf")) {
            if (resolved.get(composed) instanceof List<?> options) {
                for (Object option : options) {
                    if (admitsNull(map(option))) {
                        return true;
                    }
                }
            }
        }
        return type == null && !resolved.containsKey("properties") && !resolved.containsKey("anyOf")
                && !resolved.containsKey("oneOf") && !resolved.containsKey("items");
    }

    /** The paths in {@code value} that are null where {@code schema} does not admit it (at most a few). */
    List<String> unexpectedNulls(Object value, Map<String, Object> schema) {
        List<String> found = new ArrayList<>();
        unexpectedNulls(value, schema, "", found, 0);
        return found;
    }

    private void unexpectedNulls(Object value, Map<String, Object> schema, String at, List<String> found, int depth) {
        if (found.size() >= 5 || depth > 12) {
            return;
        }
        if (value == null) {
            if (!admitsNull(schema)) {
                found.add(at.isEmpty() ? "the body" : at);
            }
            return;
        }
        Map<String, Object> resolved = nonNull(schema);
        if (value instanceof Map<?, ?> object) {
            Map<String, Object> properties = map(resolved.get("properties"));
            for (Map.Entry<?, ?> entry : object.entrySet()) {
                Object property = properties.get(String.valueOf(entry.getKey()));
                if (property != null) {
                    unexpectedNulls(entry.getValue(), map(property), at.isEmpty() ? String.valueOf(entry.getKey())
                            : at + "." + entry.getKey(), found, depth + 1);
                }
            }
        } else if (value instanceof List<?> items && resolved.get("items") != null) {
            for (int i = 0; i < Math.min(items.size(), 20); i++) {
                unexpectedNulls(items.get(i), map(resolved.get("items")), at + "[" + i + "]", found, depth + 1);
            }
        }
    }

    static String typeOf(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            return single;
        }
        if (type instanceof List<?> types) {
            return types.stream().map(String::valueOf).filter(t -> !"null".equals(t)).findFirst()
                    .orElse(types.isEmpty() ? null : "null");
        }
        if (schema.containsKey("properties")) {
            return "object";
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Object value) {
        return value instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    record Operation(String path, String method, Map<String, Object> spec, List<Map<String, Object>> sharedParameters) {

        List<Map<String, Object>> parameters(String in) {
            List<Map<String, Object>> found = new ArrayList<>();
            for (Map<String, Object> parameter : sharedParameters) {
                if (in.equals(parameter.get("in"))) {
                    found.add(parameter);
                }
            }
            for (Map<String, Object> parameter : list(spec.get("parameters"))) {
                if (in.equals(parameter.get("in"))) {
                    found.add(parameter);
                }
            }
            return found;
        }

        /** The schema of the JSON body, or null when the operation takes none. */
        Map<String, Object> bodySchema() {
            Map<String, Object> content = map(map(spec.get("requestBody")).get("content"));
            for (Map.Entry<String, Object> type : content.entrySet()) {
                if (type.getKey().contains("json")) {
                    return map(map(type.getValue()).get("schema"));
                }
            }
            return null;
        }

        /** The JSON schema of the answer with this status, or null. */
        Map<String, Object> responseSchema(int status) {
            Map<String, Object> content = map(map(map(spec.get("responses")).get(Integer.toString(status))).get("content"));
            for (Map.Entry<String, Object> type : content.entrySet()) {
                if (type.getKey().contains("json")) {
                    return map(map(type.getValue()).get("schema"));
                }
            }
            return null;
        }

        Set<String> statuses() {
            return new TreeSet<>(map(spec.get("responses")).keySet());
        }

        boolean declares(int status) {
            Set<String> statuses = statuses();
            return statuses.contains(Integer.toString(status)) || statuses.contains("default")
                    || statuses.contains(status / 100 + "XX");
        }
    }
}
