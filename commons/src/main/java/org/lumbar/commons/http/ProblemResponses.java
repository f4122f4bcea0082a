package org.lumbar.commons.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Makes each service's OpenAPI document name every answer an operation gives (configured as {@code mp.openapi.filter}).
 * <ul>
 * <li>The errors every operation can meet: 400 (a parameter or the body), 401 (a token that is not valid, or none
 * where one is needed), 403 (a role the operation does not admit; not on public reads, which declare
 * {@code security: []}), 404 (an id or patient that is not the caller's), 414 and 431
 * (a request line or headers over the limits, {@link HttpLimits}); on a write also 409 (a twin that got there
 * first), 413 and 415, and with a body 422 (against a rule); an operation's own (201, 202, 503, ...) come from its
 * {@code @APIResponse} annotations. Every error is {@code application/problem+json} with the {@code Problem}
 * schema.</li>
 * <li>Security: every operation takes the bearer token (the document's one security scheme) unless it declares
 * {@code security: []} ({@code @SecurityRequirements} with no value, on the public catalog reads); the HTTP
 * permission {@code authenticated} on {@code /*} is what enforces it, which the generated document cannot see.</li>
 * <li>Nullability: a property of a schema that an answer carries and that is not {@code required} may be
 * {@code null}, and says so.</li>
 * </ul>
 */
public class ProblemResponses implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    private static final String REF_PREFIX = "#/components/schemas/";

    private static final Map<String, String> DESCRIPTIONS = Map.ofEntries(
            Map.entry("400", "A parameter or the body is not valid; errors[].field names it"),
            Map.entry("401", "No bearer token where one is needed, or one that is not valid"),
            Map.entry("403", "The token's role may not do this"),
            Map.entry("404", "Not found, or not the caller's"),
            Map.entry("409", "In conflict with the current state"),
            Map.entry("412", "The If-Match value is not the current version"),
            Map.entry("413", "The body is larger than the limit"),
            Map.entry("414", "The request line is longer than the limit"),
            Map.entry("415", "The body is not sent as application/json (Content-Type)"),
            Map.entry("422", "Well-formed but against a rule; errors[].field names the field"),
            Map.entry("428", "If-Match is required"),
            Map.entry("431", "The request headers are larger than the limit"),
            Map.entry("503", "A service this one depends on is not available; try again"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        // an @APIResponse naming Problem.class generates Problem and its nested FieldError; the Problem below replaces both
        components.removeSchema("FieldError");
        if (components.getSecuritySchemes() != null && components.getSecuritySchemes().size() == 1
                && openAPI.getSecurity() == null) {
            String scheme = components.getSecuritySchemes().keySet().iterator().next();
            openAPI.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme(scheme));
        }
        components.addSchema(FIELD_ERROR, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending field")
                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING)
                        .description("The field, parameter or header by its API name; a path into the body such as sets[3].reps"))
                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING).description("What is wrong with it"))
                .addRequired("field").addRequired("message"));
        components.addSchema(PROBLEM, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem detail")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("about:blank")))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("Bad Request")))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).examples(List.of(400)))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING).examples(List.of("reps: must be a whole number")))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Present when particular fields are at fault")
                        .items(OASFactory.createSchema().ref(REF_PREFIX + FIELD_ERROR)))
                .addRequired("type").addRequired("title").addRequired("status"));

        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> {
                if (item.getOperations() != null) {
                    item.getOperations().forEach((method, operation) -> declareErrors(path, item, method, operation));
                }
            });
        }
        declareNullable(openAPI);
    }

    private static void declareErrors(String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasParameters = !parameters(item, operation).isEmpty();
        boolean hasBody = operation.getRequestBody() != null;
        boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        boolean isWrite = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD
                && method != PathItem.HttpMethod.OPTIONS;
        boolean namesPatient = parameters(item, operation).stream().anyMatch(p -> "patientId".equals(p.getName()));
        if (hasParameters || hasBody) {
            add(responses, "400");
        }
        add(responses, "401");
        if (!isPublic) {
            add(responses, "403");
        }
        if (path.contains("{") || namesPatient) {
            add(responses, "404");
        }
        if (isWrite) {
            // a write can meet a twin that got there first (ProblemMappers.persistence), and be sent with a body
            add(responses, "409");
            add(responses, "413");
            add(responses, "415");
        }
        if (hasBody) {
            add(responses, "422");
        }
        add(responses, "414");
        add(responses, "431");
        responses.getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                if (response.getDescription() == null || response.getDescription().isBlank()) {
                    response.setDescription(DESCRIPTIONS.getOrDefault(status, "Refused"));
                }
                if (response.getContent() == null || response.getContent().getMediaTypes() == null
                        || response.getContent().getMediaTypes().isEmpty()) {
                    response.setContent(problemContent());
                }
            }
        });
        // numeric order reads best
        Map<String, APIResponse> sorted = new java.util.TreeMap<>(responses.getAPIResponses());
        responses.setAPIResponses(new LinkedHashMap<>(sorted));
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new java.util.ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static void add(APIResponses responses, String status) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(DESCRIPTIONS.get(status)));
        }
    }

    private static Content problemContent() {
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF_PREFIX + PROBLEM));
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, problem);
    }

    /** Every schema a 2xx answer can carry, followed through references, items and properties. */
    private static void declareNullable(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null || openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Deque<Schema> pending = new ArrayDeque<>();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getResponses() == null) {
                    continue;
                }
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().values().stream()
                                .filter(type -> type.getSchema() != null).forEach(type -> pending.add(type.getSchema()));
                    }
                });
            }
        }
        Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<String> seenNames = new HashSet<>();
        while (!pending.isEmpty()) {
            Schema schema = pending.pop();
            if (!seen.add(schema)) {
                continue;
            }
            if (schema.getRef() != null && schema.getRef().startsWith(REF_PREFIX)) {
                String name = schema.getRef().substring(REF_PREFIX.length());
                if (seenNames.add(name) && schemas.get(name) != null && !PROBLEM.equals(name)) {
                    pending.add(schemas.get(name));
                }
                continue;
            }
            if (schema.getItems() != null) {
                pending.add(schema.getItems());
            }
            if (schema.getAdditionalPropertiesSchema() != null) {
                pending.add(schema.getAdditionalPropertiesSchema());
            }
            for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (composed != null) {
                    pending.addAll(composed);
                }
            }
            if (schema.getProperties() == null) {
                continue;
            }
            List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
            for (Map.Entry<String, Schema> property : new LinkedHashMap<>(schema.getProperties()).entrySet()) {
                Schema value = property.getValue();
                pending.add(value);
                if (required.contains(property.getKey())) {
                    continue;
                }
                schema.addProperty(property.getKey(), nullable(value));
            }
        }
    }

    private static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            // a reference cannot take a type beside it: one of the referenced schema, or null
            Schema either = OASFactory.createSchema().description(schema.getDescription()).examples(schema.getExamples())
                    .addAnyOf(OASFactory.createSchema().ref(schema.getRef()))
                    .addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            return either;
        }
        if (schema.getType() != null && !schema.getType().isEmpty()) {
            if (!schema.getType().contains(SchemaType.NULL)) {
                schema.addType(SchemaType.NULL);
                if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                    schema.addEnumeration(null);
                }
            }
            return schema;
        }
        if (schema.getAnyOf() != null) {
            boolean hasNull = schema.getAnyOf().stream().anyMatch(s -> s.getType() != null && s.getType().contains(SchemaType.NULL));
            if (!hasNull) {
                schema.addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL));
            }
            return schema;
        }
        return schema;
    }
}
