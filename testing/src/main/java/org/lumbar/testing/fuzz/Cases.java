package org.lumbar.testing.fuzz;

import static org.lumbar.testing.fuzz.OpenApiDocument.map;
import static org.lumbar.testing.fuzz.OpenApiDocument.typeOf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** The requests of a fuzz run for one operation: one well-formed, then one broken thing at a time. */
final class Cases {

    record Case(String name, String method, String path, Map<String, String> query, Map<String, String> headers,
            String contentType, String body) {
    }

    /** A value written into a body as it is, for what a Java value cannot say (a float where an integer goes...). */
    record Raw(String json) {
    }

    static final String OVERSIZED = "body over the limit";
    private static final String LONG_TEXT = "a".repeat(3000);
    private static final List<String> BAD_SCALARS = List.of("null", "-1", "0", "2147483647", "2147483648",
            "-2147483649", "99999999999999999999", "1.5", "abc", "%00", "..", "' or 1=1 --", "\u00e9\u6f22", LONG_TEXT);
    private static final int MAX_DEPTH = 4;

    private final OpenApiDocument api;
    private final OpenApiDocument.Operation operation;
    private final Random random;
    private final Map<String, String> pathValues;
    private final long maxBodySize;
    private final List<Case> cases = new ArrayList<>();

    Cases(OpenApiDocument api, OpenApiDocument.Operation operation, Random random, Map<String, String> pathValues,
            long maxBodySize) {
        this.api = api;
        this.operation = operation;
        this.random = random;
        this.pathValues = pathValues;
        this.maxBodySize = maxBodySize;
    }

    List<Case> all() {
        Map<String, String> path = new LinkedHashMap<>();
        for (Map<String, Object> parameter : operation.parameters("path")) {
            String name = (String) parameter.get("name");
            path.put(name, pathValues.getOrDefault(name, scalar(api.nonNull(map(parameter.get("schema"))))));
        }
        Map<String, String> query = new LinkedHashMap<>();
        for (Map<String, Object> parameter : operation.parameters("query")) {
            if (Boolean.TRUE.equals(parameter.get("required"))) {
                query.put((String) parameter.get("name"), scalar(api.nonNull(map(parameter.get("schema")))));
            }
        }
        Map<String, Object> bodySchema = operation.bodySchema();
        Object body = bodySchema == null ? null : valid(bodySchema, 0, true);
        String json = bodySchema == null ? null : Json.write(body);
        String contentType = bodySchema == null ? null : "application/json";

        add("well-formed", path, query, Map.of(), contentType, json);

        for (String name : path.keySet()) {
            for (String bad : BAD_SCALARS) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(name, bad);
                add("path " + name + "=" + abbreviate(bad), changed, query, Map.of(), contentType, json);
            }
        }
        List<String> queryNames = operation.parameters("query").stream().map(p -> (String) p.get("name")).toList();
        for (String name : queryNames) {
            List<String> values = new ArrayList<>(BAD_SCALARS);
            values.add("");
            for (String bad : values) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(name, bad);
                add("query " + name + "=" + abbreviate(bad), path, changed, Map.of(), contentType, json);
            }
        }
        if (queryNames.contains("page") && queryNames.contains("size")) {
            Map<String, String> changed = new LinkedHashMap<>(query);
            changed.put("page", "2147483646");
            changed.put("size", "50");
            add("page*size overflows", path, changed, Map.of(), contentType, json);
        }
        for (Map<String, Object> parameter : operation.parameters("header")) {
            String name = (String) parameter.get("name");
            for (String bad : List.of("", "null", "-1", "2147483648", "' or 1=1 --", LONG_TEXT)) {
                add("header " + name + "=" + abbreviate(bad), path, query, Map.of(name, bad), contentType, json);
            }
        }
        if (bodySchema != null) {
            bodyCases(path, query, bodySchema, body, json);
        } else if (!"get".equals(operation.method()) && !"delete".equals(operation.method())) {
            add("unexpected body", path, query, Map.of(), "application/json", "{\"unexpected\":true}");
            add("unexpected text body", path, query, Map.of(), "text/plain", "hello");
        }
        return cases;
    }

    private void bodyCases(Map<String, String> path, Map<String, String> query, Map<String, Object> schema, Object body,
            String json) {
        String type = "application/json";
        add("no body", path, query, Map.of(), type, null);
        for (String broken : List.of("", "null", "[]", "{", "}", "garbage", "\"text\"", "12", "true", "{}",
                "{\"a\":1,}", "[" .repeat(2000) + "]".repeat(2000), json + " junk", json + json, json + "{}")) {
            add("body " + abbreviate(broken), path, query, Map.of(), type, broken);
        }
        add("no Content-Type", path, query, Map.of(), null, json);
        add("Content-Type text/plain", path, query, Map.of(), "text/plain", json);
        add("Content-Type application/xml", path, query, Map.of(), "application/xml", json);
        add("Content-Type garbage", path, query, Map.of(), "not a media type", json);
        add("Content-Type with charset", path, query, Map.of(), "application/json; charset=UTF-8", json);
        add(OVERSIZED, path, query, Map.of(), type,
                "{\"x\":\"" + "a".repeat((int) Math.min(maxBodySize + 10, 8L * 1024 * 1024)) + "\"}");
        if (body instanceof Map<?, ?>) {
            mutate(path, query, body, new ArrayList<>(), schema, 0);
        }
    }

    /** One case per broken field of the object at {@code at} (a list of keys and indexes into {@code body}). */
    private void mutate(Map<String, String> path, Map<String, String> query, Object body, List<Object> at,
            Map<String, Object> schema, int depth) {
        Map<String, Object> resolved = api.nonNull(schema);
        Map<String, Object> properties = map(resolved.get("properties"));
        List<Object> required = new ArrayList<>(resolved.get("required") instanceof List<?> r ? r : List.of());
        String where = name(at);
        addBody("unknown field in " + where, path, query, body, at, "fuzzUnknownField", 1, false);
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String field = property.getKey();
            String fieldPath = where.isEmpty() ? field : where + "." + field;
            Map<String, Object> fieldSchema = api.nonNull(map(property.getValue()));
            String fieldType = typeOf(fieldSchema);
            List<Object> bad = new ArrayList<>();
            bad.add(null);
            if ("integer".equals(fieldType)) {
                bad.addAll(List.of(new Raw("12.5"), new Raw("99999999999"), -1, 0, Integer.MAX_VALUE,
                        new Raw("1e400"), "12", "abc", true));
            } else if ("number".equals(fieldType)) {
                bad.addAll(List.of(new Raw("1e400"), -1, new Raw("-1.7976931348623157E308"), "abc", true));
            } else if ("string".equals(fieldType)) {
                bad.addAll(List.of("", LONG_TEXT, "\u0000", "null", 12345, true, List.of(), Map.of(),
                        "2026-02-30T25:61:00Z", "\u00e9\u6f22\uD83D\uDE00"));
            } else if ("boolean".equals(fieldType)) {
                bad.addAll(List.of("true", 1, "yes"));
            } else if ("array".equals(fieldType)) {
                List<Object> oneNull = new ArrayList<>();
                oneNull.add(null);
                bad.addAll(List.of(List.of(), oneNull, Map.of(), "x", 1));
                bad.add(List.of(LONG_TEXT));
            } else {
                bad.addAll(List.of(Map.of(), "x", 1, List.of()));
            }
            for (Object value : bad) {
                addBody(fieldPath + "=" + abbreviate(Json.write(value)), path, query, body, at, field, value, false);
            }
            if (required.contains(field)) {
                addBody(fieldPath + " left out", path, query, body, at, field, null, true);
            }
            if (depth < MAX_DEPTH) {
                Object valid = valid(fieldSchema, depth + 1, false);
                if ("object".equals(fieldType) && valid instanceof Map<?, ?>) {
                    Object withField = with(body, at, field, valid, false);
                    List<Object> deeper = new ArrayList<>(at);
                    deeper.add(field);
                    mutate(path, query, withField, deeper, fieldSchema, depth + 1);
                } else if ("array".equals(fieldType) && valid instanceof List<?> items && !items.isEmpty()
                        && items.get(0) instanceof Map<?, ?>) {
                    Object withField = with(body, at, field, valid, false);
                    List<Object> deeper = new ArrayList<>(at);
                    deeper.add(field);
                    deeper.add(0);
                    mutate(path, query, withField, deeper, map(fieldSchema.get("items")), depth + 1);
                }
            }
        }
    }

    private void addBody(String name, Map<String, String> path, Map<String, String> query, Object body, List<Object> at,
            String field, Object value, boolean remove) {
        add(name, path, query, Map.of(), "application/json", Json.write(with(body, at, field, value, remove)));
    }

    /** A copy of {@code body} with {@code field} of the object at {@code at} set (or removed). */
    @SuppressWarnings("unchecked")
    private static Object with(Object body, List<Object> at, String field, Object value, boolean remove) {
        Object copy = Json.copy(body);
        Object target = copy;
        for (Object step : at) {
            target = step instanceof Integer index ? ((List<Object>) target).get(index) : ((Map<String, Object>) target).get(step);
        }
        Map<String, Object> object = (Map<String, Object>) target;
        if (remove) {
            object.remove(field);
        } else {
            object.put(field, value);
        }
        return copy;
    }

    private void add(String name, Map<String, String> path, Map<String, String> query, Map<String, String> headers,
            String contentType, String body) {
        String uri = operation.path();
        for (Map.Entry<String, String> parameter : path.entrySet()) {
            uri = uri.replace("{" + parameter.getKey() + "}", OpenApiFuzz.encode(parameter.getValue()));
        }
        cases.add(new Case(name, operation.method().toUpperCase(), uri, query, headers, contentType, body));
    }

    /** A well-formed value for a schema: its example, its first allowed value, or one of its type. */
    private Object valid(Map<String, Object> schema, int depth, boolean allProperties) {
        Map<String, Object> resolved = api.nonNull(schema);
        String type = typeOf(resolved);
        if (resolved.get("enum") instanceof List<?> values) {
            for (Object value : values) {
                if (value != null) {
                    return value;
                }
            }
        }
        if (resolved.get("examples") instanceof List<?> examples && !examples.isEmpty() && fits(examples.get(0), type)) {
            return examples.get(0);
        }
        if (resolved.get("example") != null && fits(resolved.get("example"), type)) {
            return resolved.get("example");
        }
        if ("object".equals(type) || resolved.containsKey("properties")) {
            Map<String, Object> object = new LinkedHashMap<>();
            if (depth > MAX_DEPTH) {
                return object;
            }
            List<?> required = resolved.get("required") instanceof List<?> r ? r : List.of();
            map(resolved.get("properties")).forEach((name, property) -> {
                if (allProperties || required.contains(name)) {
                    object.put(name, valid(map(property), depth + 1, false));
                }
            });
            return object;
        }
        if ("array".equals(type)) {
            List<Object> items = new ArrayList<>();
            if (depth <= MAX_DEPTH) {
                items.add(valid(map(resolved.get("items")), depth + 1, false));
            }
            return items;
        }
        if ("integer".equals(type)) {
            return resolved.get("minimum") instanceof Number min ? Math.max(min.longValue(), 1) : 1;
        }
        if ("number".equals(type)) {
            return 1.0;
        }
        if ("boolean".equals(type)) {
            return false;
        }
        return scalar(resolved);
    }

    private static boolean fits(Object example, String type) {
        return switch (type == null ? "" : type) {
            case "integer" -> example instanceof Integer || example instanceof Long;
            case "number" -> example instanceof Number;
            case "boolean" -> example instanceof Boolean;
            case "string" -> example instanceof String;
            case "array" -> example instanceof List<?>;
            case "object" -> example instanceof Map<?, ?>;
            default -> false;
        };
    }

    /** A well-formed scalar for a path, query or string value. */
    private String scalar(Map<String, Object> schema) {
        String type = typeOf(schema);
        Object format = schema.get("format");
        if (schema.get("enum") instanceof List<?> values && !values.isEmpty() && values.get(0) != null) {
            return String.valueOf(values.get(0));
        }
        if ("integer".equals(type)) {
            return "1";
        }
        if ("boolean".equals(type)) {
            return "false";
        }
        if ("uuid".equals(format)) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }
        if ("date-time".equals(format)) {
            return "2026-11-30T10:15:30Z";
        }
        if ("date".equals(format)) {
            return "2026-11-30";
        }
        if (schema.get("examples") instanceof List<?> examples && !examples.isEmpty() && examples.get(0) instanceof String s) {
            return s;
        }
        return "fuzz" + Integer.toHexString(random.nextInt(0x10000));
    }

    private static String name(List<Object> at) {
        StringBuilder name = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(step);
            }
        }
        return name.toString();
    }

    private static String abbreviate(String value) {
        String visible = value.replace("\u0000", "\\0");
        return visible.length() > 24 ? visible.substring(0, 20) + "...(" + visible.length() + ")" : visible;
    }
}
