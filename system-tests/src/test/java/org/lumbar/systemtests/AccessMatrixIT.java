package org.lumbar.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.ScreeningAnswers;
import org.lumbar.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint of every service, read from its OpenAPI document, called by every kind of caller; the expected
 * outcome of each cell is in {@link #MATRIX}. An endpoint without a row fails the test, so none can be added
 * without deciding who may call it.
 * <p>
 * Outcomes: {@code ok} = authorized (any answer but 401/403/404 and never 5xx, since a body or state may still be
 * refused), {@code 401}, {@code 403}, {@code 404} = refused with that status, always as application/problem+json
 * (a 401 with the bearer challenge too).
 */
class AccessMatrixIT {

    private static final List<String> CALLERS = List.of("none", "expired", "forged", "owner", "other-patient",
            "own-clinician", "other-clinician", "admin", "service");

    /**
     * service, method, path | none expired forged owner other-patient own-clinician other-clinician admin service
     * <p>
     * {@code service} is another Lumbar service's client-credentials token (role {@code service}): it reads one program
     * by id (session-service needs it) and the public catalog, nothing else.
     */
    private static final String MATRIX = """
            catalog   GET    /exercises                                  | ok  401 401 ok  ok  ok  ok  ok  ok
            catalog   GET    /exercises/{slug}                           | ok  401 401 ok  ok  ok  ok  ok  ok
            catalog   GET    /exercises/{slug}/progressions              | ok  401 401 ok  ok  ok  ok  ok  ok
            catalog   POST   /exercises                                  | 401 401 401 403 403 403 403 ok  403
            catalog   PUT    /exercises/{slug}                           | 401 401 401 403 403 403 403 ok  403
            catalog   POST   /exercises/{slug}/retire                    | 401 401 401 403 403 403 403 ok  403
            catalog   GET    /audit                                      | 401 401 401 403 403 403 403 ok  403
            program   GET    /templates                                  | 401 401 401 ok  ok  ok  ok  ok  403
            program   GET    /templates/{id}                             | 401 401 401 ok  ok  ok  ok  ok  403
            program   POST   /programs                                   | 401 401 401 ok  ok  ok  ok  403 403
            program   GET    /programs                                   | 401 401 401 ok  ok  ok  ok  ok  403
            program   GET    /programs/{id}                              | 401 401 401 ok  404 ok  404 404 ok
            program   GET    /programs/{id}/versions                     | 401 401 401 ok  404 ok  404 404 403
            program   GET    /programs/{id}/versions/{version}           | 401 401 401 ok  404 ok  404 404 403
            program   GET    /programs/{id}/plan                         | 401 401 401 ok  404 ok  404 404 403
            program   GET    /programs/{id}/proposals                    | 401 401 401 ok  404 ok  404 404 403
            program   POST   /programs/{id}/proposals/{proposalId}/accept  | 401 401 401 404 404 404 404 404 403
            program   POST   /programs/{id}/proposals/{proposalId}/decline | 401 401 401 404 404 404 404 404 403
            program   PUT    /programs/{id}/items                        | 401 401 401 ok  404 ok  404 404 403
            program   PUT    /programs/{id}/schedule                     | 401 401 401 ok  404 ok  404 404 403
            program   POST   /programs/{id}/pause                        | 401 401 401 ok  404 ok  404 404 403
            program   POST   /programs/{id}/resume                       | 401 401 401 ok  404 ok  404 404 403
            program   POST   /programs/{id}/end                          | 401 401 401 ok  404 ok  404 404 403
            program   POST   /programs/{id}/clear-review                 | 401 401 401 403 403 ok  404 403 403
            program   POST   /screenings                                 | 401 401 401 ok  ok  403 403 403 403
            program   GET    /screenings/me                              | 401 401 401 ok  ok  403 403 403 403
            program   GET    /audit                                      | 401 401 401 403 403 403 403 ok  403
            session   POST   /sessions                                   | 401 401 401 ok  ok  403 403 403 403
            session   GET    /sessions                                   | 401 401 401 ok  ok  ok  ok  ok  403
            session   POST   /sessions/offline                           | 401 401 401 ok  409 403 403 403 403
            session   GET    /sessions/{id}                              | 401 401 401 ok  404 ok  404 404 403
            session   GET    /sessions/{id}/stream                       | 401 401 401 ok  404 ok  404 404 403
            session   POST   /sessions/{id}/sets                         | 401 401 401 ok  404 404 404 404 403
            session   POST   /sessions/{id}/pain                         | 401 401 401 ok  404 404 404 404 403
            session   POST   /sessions/{id}/notes                        | 401 401 401 ok  404 404 404 404 403
            session   POST   /sessions/{id}/complete                     | 401 401 401 ok  404 404 404 404 403
            session   POST   /sessions/{id}/abandon                      | 401 401 401 ok  404 404 404 404 403
            session   GET    /audit                                      | 401 401 401 403 403 403 403 ok  403
            session   POST   /activities                                 | 401 401 401 ok  ok  403 403 403 403
            session   GET    /activities                                 | 401 401 401 ok  ok  403 403 403 403
            analytics GET    /patients/{patientId}/summary               | 401 401 401 ok  404 ok  404 404 403
            analytics GET    /patients/{patientId}/adherence             | 401 401 401 ok  404 ok  404 404 403
            analytics GET    /patients/{patientId}/pain-trend            | 401 401 401 ok  404 ok  404 404 403
            analytics GET    /patients/{patientId}/observations          | 401 401 401 ok  404 ok  404 404 403
            analytics GET    /patients/{patientId}/exercises/{slug}/trend | 401 401 401 ok  404 ok  404 404 403
            analytics GET    /patients/{patientId}/psfs                  | 401 401 401 ok  404 ok  404 404 403
            analytics POST   /patients/{patientId}/psfs                  | 401 401 401 ok  404 403 403 403 403
            analytics GET    /questionnaires/psfs                        | 401 401 401 ok  ok  ok  ok  ok  403
            analytics GET    /clinics/{clinicId}/patients                | 401 401 401 404 404 ok  404 404 403
            analytics GET    /alerts                                     | 401 401 401 403 403 ok  ok  403 403
            analytics POST   /alerts/{alertId}/acknowledge               | 401 401 401 403 403 404 404 403 403
            analytics POST   /clinics/{clinicId}/webhooks                | 401 401 401 404 404 ok  404 404 403
            analytics GET    /clinics/{clinicId}/webhooks                | 401 401 401 404 404 ok  404 404 403
            analytics GET    /clinics/{clinicId}/webhooks/{webhookId}    | 401 401 401 404 404 404 404 404 403
            analytics DELETE /clinics/{clinicId}/webhooks/{webhookId}    | 401 401 401 404 404 404 404 404 403
            analytics POST   /clinics/{clinicId}/webhooks/{webhookId}/enable | 401 401 401 404 404 404 404 404 403
            analytics GET    /clinics/{clinicId}/webhooks/{webhookId}/deliveries | 401 401 401 404 404 404 404 404 403
            analytics POST   /admin/rebuild                              | 401 401 401 403 403 403 403 ok  403
            analytics GET    /admin/rebuild/{jobId}                      | 401 401 401 403 403 403 403 404 403
            analytics GET    /audit                                      | 401 401 401 403 403 403 403 ok  403
            """;

    private static LumbarPlatform platform;
    private static final Map<String, Map<String, String>> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, String> BODIES = new LinkedHashMap<>();

    @BeforeAll
    static void startPlatformAndAlicesData() throws Exception {
        platform = LumbarPlatform.start();
        String program = alice("program-service").body(ScreeningAnswers.programFrom("gentle-relief"))
                .post("/programs").then().statusCode(201).extract().path("id");
        String session = alice("session-service").body("{\"programId\":\"" + program + "\"}").post("/sessions")
                .then().statusCode(201).extract().path("id");
        PARAMETERS.put("catalog", Map.of("slug", "test-matrix-move"));
        PARAMETERS.put("program", Map.of("id", program, "version", "1", "proposalId", UUID.randomUUID().toString()));
        PARAMETERS.put("session", Map.of("id", session));
        PARAMETERS.put("analytics", Map.of("patientId", DemoUser.ALICE.id, "slug", "cat-cow", "clinicId", "clinic-north",
                "alertId", UUID.randomUUID().toString(), "webhookId", UUID.randomUUID().toString(),
                "jobId", UUID.randomUUID().toString()));

        String exercise = "{\"slug\":\"test-matrix-move\",\"name\":\"Matrix move\",\"aliases\":[],\"category\":\"mobility\","
                + "\"position\":\"supine\",\"equipment\":[\"mat\"],\"level\":1,\"flareUpSafe\":true,"
                + "\"purpose\":\"A move made by the access test.\",\"setup\":\"Lie on your back.\",\"steps\":[\"Breathe.\"],"
                + "\"formCues\":[],\"commonMistakes\":[],\"defaultDose\":{\"sets\":{\"min\":1,\"max\":1},"
                + "\"reps\":{\"min\":5,\"max\":5},\"perSide\":false},\"targetAreas\":[\"lower-back\"],\"stopSigns\":[],"
                + "\"easier\":[],\"harder\":[],\"sources\":[\"000_1240bdc056074f32.txt\"]}";
        BODIES.put("catalog POST /exercises", exercise);
        BODIES.put("catalog PUT /exercises/{slug}", exercise.replace("{\"slug\"", "{\"version\":1,\"slug\""));
        BODIES.put("program POST /programs", ScreeningAnswers.programFrom("gentle-relief"));
        BODIES.put("program POST /screenings", ScreeningAnswers.ALL_NO);
        BODIES.put("program PUT /programs/{id}/items", "{\"items\":[{\"exercise\":\"cat-cow\",\"sets\":1,\"reps\":10}]}");
        BODIES.put("program PUT /programs/{id}/schedule", "{\"schedule\":{\"kind\":\"DAILY\",\"timesPerDay\":1}}");
        BODIES.put("session POST /sessions", "{}");
        BODIES.put("session POST /sessions/offline", "{\"id\":\"" + UUID.randomUUID() + "\",\"startedAt\":\""
                + java.time.Instant.now().minusSeconds(600) + "\"}");
        BODIES.put("session POST /sessions/{id}/sets", "{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10}");
        BODIES.put("session POST /sessions/{id}/pain", "{\"score\":2,\"timing\":\"during\"}");
        BODIES.put("session POST /sessions/{id}/notes", "{\"text\":\"fine\"}");
        BODIES.put("session POST /activities", "{\"kind\":\"walk\",\"minutes\":20}");
        BODIES.put("analytics POST /patients/{patientId}/psfs", "{\"resourceType\":\"QuestionnaireResponse\","
                + "\"questionnaire\":\"urn:lumbar:fhir:Questionnaire:psfs\",\"status\":\"completed\",\"item\":[{\"linkId\":"
                + "\"activity\",\"item\":[{\"linkId\":\"activity-name\",\"answer\":[{\"valueString\":\"Tie shoes\"}]},"
                + "{\"linkId\":\"activity-rating\",\"answer\":[{\"valueInteger\":4}]}]}]}");
        BODIES.put("analytics POST /clinics/{clinicId}/webhooks",
                "{\"url\":\"https://ehr.clinic-north.example/hook\",\"secret\":\"a-secret-of-the-clinic-123\"}");
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static RequestSpecification alice(String service) {
        return given().baseUri(platform.url(service)).header("Authorization", DemoUser.ALICE.bearer())
                .contentType(ContentType.JSON);
    }

    private record Row(String service, String method, String path, List<String> expected) {
        String key() {
            return service + " " + method + " " + path;
        }
    }

    private static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] halves = line.split("\\|");
            String[] left = halves[0].trim().split("\\s+");
            List<String> expected = List.of(halves[1].trim().split("\\s+"));
            assertThat(expected).as(line).hasSize(CALLERS.size());
            Row row = new Row(left[0], left[1], left[2], expected);
            rows.put(row.key(), row);
        }
        return rows;
    }

    /** Every (method, path) the service's OpenAPI document lists. */
    private static List<String> endpoints(String service) throws Exception {
        String json = given().baseUri(platform.url(service + "-service")).queryParam("format", "json")
                .get("/q/openapi").then().statusCode(200).extract().asString();
        JsonNode paths = new ObjectMapper().readTree(json).path("paths");
        List<String> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next().toUpperCase();
                if (List.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    endpoints.add(service + " " + method + " " + path.getKey());
                }
            }
        }
        return endpoints;
    }

    private static String token(String caller) {
        return switch (caller) {
            case "none" -> null;
            case "expired" -> TestTokens.broken(DemoUser.ALICE).get("expired");
            case "forged" -> TestTokens.broken(DemoUser.ALICE).get("signed with another key");
            case "owner" -> DemoUser.ALICE.token();
            case "other-patient" -> DemoUser.BOB.token();
            case "own-clinician" -> DemoUser.CAROL.token();
            case "other-clinician" -> DemoUser.DAN.token();
            case "admin" -> DemoUser.ERIN.token();
            case "service" -> TestTokens.forService();
            default -> throw new IllegalArgumentException(caller);
        };
    }

    @Test
    void everyEndpointAnswersEveryCallerAsTheMatrixSays() throws Exception {
        Map<String, Row> rows = rows();
        TreeSet<String> listed = new TreeSet<>();
        for (String service : List.of("catalog", "program", "session", "analytics")) {
            listed.addAll(endpoints(service));
        }
        assertThat(new TreeSet<>(rows.keySet())).as("rows without an endpoint").isSubsetOf(listed);
        assertThat(listed).as("endpoints without a row in the access matrix").isSubsetOf(rows.keySet());

        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Row row : rows.values()) {
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                Answer answer = call(row, token(caller));
                int status = answer.status();
                cells++;
                String expected = row.expected().get(c);
                boolean matches = expected.equals("ok") ? status < 500 && status != 401 && status != 403 && status != 404
                        : Integer.parseInt(expected) == status;
                if (!matches || status >= 500) {
                    failures.add(row.key() + " as " + caller + ": expected " + expected + ", got " + status);
                } else if (!expected.equals("ok") && !answer.isProblem()) {
                    failures.add(row.key() + " as " + caller + ": " + status + " is not application/problem+json but "
                            + answer.contentType());
                } else if (status == 401 && !String.valueOf(answer.challenge()).startsWith("Bearer")) {
                    failures.add(row.key() + " as " + caller + ": 401 without the bearer challenge");
                }
            }
        }
        System.out.printf("Access matrix: %d endpoints x %d callers = %d cells checked%n", rows.size(), CALLERS.size(),
                cells);
        assertThat(failures).isEmpty();
    }

    /**
     * Every endpoint that reads a body, called by a caller it admits with bodies that are broken in one way each:
     * the answer is a 4xx problem+json (413 for an oversized body comes from the HTTP layer), never a 5xx, and
     * nothing is stored.
     */
    @Test
    void brokenBodiesAreRefusedAsProblemsAndStoreNothing() {
        long programsBefore = alice("program-service").get("/programs").then().extract().<Integer> path("total");
        long sessionsBefore = alice("session-service").get("/sessions").then().extract().<Integer> path("total");
        Map<String, Row> rows = rows();
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, String> endpoint : BODIES.entrySet()) {
            Row row = rows.get(endpoint.getKey());
            String token = row.service().equals("catalog") ? DemoUser.ERIN.token()
                    : row.path().contains("/webhooks") ? DemoUser.CAROL.token() : DemoUser.ALICE.token();
            for (Variant variant : brokenVariants(endpoint.getValue())) {
                String contentType = variant.contentType();
                String body = variant.body();
                String path = row.path();
                for (Map.Entry<String, String> parameter : PARAMETERS.get(row.service()).entrySet()) {
                    path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
                }
                Response response;
                try {
                    response = given().baseUri(platform.url(row.service() + "-service"))
                            .header("Authorization", "Bearer " + token)
                            .contentType(contentType).body(body).request(row.method(), path);
                } catch (Exception e) { // RestAssured rethrows the socket's IOException unchecked
                    // a body over the limit may be answered 413 and the connection closed before the client has
                    // written it all; the client then sees the closed connection instead of the answer
                    if (body.length() > MAX_BODY_BYTES && rootCause(e) instanceof java.net.SocketException) {
                        cells++;
                        continue;
                    }
                    throw e;
                }
                cells++;
                int status = response.statusCode();
                boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
                boolean refusedAsProblem = status >= 400 && status < 500 && (problem || status == 413);
                if (status >= 500 || (variant.strict() && !refusedAsProblem) || (status >= 400 && !refusedAsProblem)) {
                    failures.add(endpoint.getKey() + " with " + variant.name() + ": " + status + " "
                            + response.contentType());
                }
            }
        }
        System.out.printf("Input hardening: %d endpoints x broken bodies = %d calls%n", BODIES.size(), cells);
        assertThat(failures).isEmpty();
        assertThat(alice("program-service").get("/programs").then().extract().<Integer> path("total"))
                .isEqualTo((int) programsBefore);
        assertThat(alice("session-service").get("/sessions").then().extract().<Integer> path("total"))
                .isEqualTo((int) sessionsBefore);
    }

    /** quarkus.http.limits.max-body-size of every service. */
    private static final int MAX_BODY_BYTES = 1024 * 1024;

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    /**
     * A body broken in one way; {@code strict}: it must be refused. Otherwise it only must not fail the server: free
     * text may hold any character, and Jackson reads an enum, UUID or time with trailing control characters trimmed
     * (texts with NUL are refused, see the services' own tests).
     */
    private record Variant(String name, String contentType, String body, boolean strict) {
    }

    /** The broken variants of a valid body that differ from it. */
    private static List<Variant> brokenVariants(String valid) {
        String json = "application/json";
        List<Variant> variants = new ArrayList<>(List.of(
                new Variant("a text/plain body", "text/plain", valid, true),
                new Variant("truncated JSON", json, valid.substring(0, valid.length() / 2), true),
                new Variant("JSON nested 5,000 deep", json, "[".repeat(5000) + "]".repeat(5000), true),
                new Variant("an array instead of an object", json, "[" + valid + "]", true),
                new Variant("an unknown field", json, valid.replaceFirst("\\{", "{\"unexpected\":true,"), true),
                new Variant("a 2 MB text", json,
                        valid.replaceFirst("\\{", "{\"padding\":\"" + "x".repeat(2 * 1024 * 1024) + "\","), true),
                new Variant("numbers beyond every range", json, mapLeaves(valid, node -> node.isNumber()
                        ? JsonNodeFactory.instance.numberNode(java.math.BigInteger.TEN.pow(400)) : node), true),
                new Variant("NUL characters in every text", json, mapLeaves(valid, node -> node.isTextual()
                        ? JsonNodeFactory.instance.textNode(node.asText() + "\u0000") : node), false),
                new Variant("right-to-left, emoji and unknown values in every text", json, mapLeaves(valid,
                        node -> node.isTextual() ? JsonNodeFactory.instance.textNode("\u202e\ud83d\udc69\u200d\u2695\ufe0f-NOT-A-VALUE")
                                : node), false)));
        variants.removeIf(v -> v.contentType().equals(json) && v.body().equals(valid));
        return variants;
    }

    private static String mapLeaves(String json, java.util.function.UnaryOperator<JsonNode> change) {
        try {
            ObjectMapper mapper = new ObjectMapper();
            return mapper.writeValueAsString(mapLeaves(mapper.readTree(json), change));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode mapLeaves(JsonNode node, java.util.function.UnaryOperator<JsonNode> change) {
        if (node.isObject()) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(f -> copy.set(f.getKey(), mapLeaves(f.getValue(), change)));
            return copy;
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(mapLeaves(element, change)));
            return copy;
        }
        return change.apply(node);
    }

    /** What a cell answered: its status, media type and authentication challenge. */
    private record Answer(int status, String contentType, String challenge) {
        boolean isProblem() {
            return String.valueOf(contentType).startsWith("application/problem+json");
        }
    }

    private static Answer call(Row row, String token) {
        String path = row.path().replace("/templates/{id}", "/templates/gentle-relief");
        if (row.service().equals("catalog") && row.method().equals("GET")) {
            path = path.replace("{slug}", "cat-cow"); // reads go to a seed exercise; writes to the test's own
        }
        for (Map.Entry<String, String> parameter : PARAMETERS.get(row.service()).entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        RequestSpecification request = given().baseUri(platform.url(row.service() + "-service"))
                .contentType(ContentType.JSON).redirects().follow(false);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String body = BODIES.get(row.key());
        if (body != null) {
            request.body(body);
        }
        if (row.path().endsWith("/stream")) {
            return streamAnswer(path, token);
        }
        Response response = request.request(row.method(), path);
        return new Answer(response.statusCode(), response.contentType(), response.header("WWW-Authenticate"));
    }

    /** The answer of a stream; a granted one stays open, so only its headers are read. */
    private static Answer streamAnswer(String path, String token) {
        java.net.http.HttpRequest.Builder http = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(platform.url("session-service") + path)).header("Accept", "text/event-stream");
        if (token != null) {
            http.header("Authorization", "Bearer " + token);
        }
        try {
            java.net.http.HttpResponse<java.io.InputStream> response = java.net.http.HttpClient.newHttpClient()
                    .sendAsync(http.build(), java.net.http.HttpResponse.BodyHandlers.ofInputStream())
                    .get(10, java.util.concurrent.TimeUnit.SECONDS);
            response.body().close();
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("WWW-Authenticate").orElse(null));
        } catch (Exception e) {
            throw new IllegalStateException("The stream " + path + " did not answer", e);
        }
    }
}
