package org.lumbar.testing.fuzz;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.lumbar.testing.DemoUser;
import org.lumbar.testing.TestTokens;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * A fuzz run generated from a running service's OpenAPI document ({@code /q/openapi?format=json}): for every operation,
 * invalid and boundary input ({@link Cases}), sent as each given caller and without a token. Every answer must be
 * below 500, one of the statuses the document declares for that operation, and, for a 4xx, problem+json. The
 * generation is deterministic for a seed.
 */
public final class OpenApiFuzz {

    private final String service;
    private final Map<String, String> callers = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private long seed = 22;
    private long maxBodySize = 1024 * 1024;
    private URI base;
    private HttpClient client;

    private OpenApiFuzz(String service) {
        this.service = service;
    }

    /** A run against the service RestAssured points at (a {@code @QuarkusTest}'s). */
    public static OpenApiFuzz of(String service) {
        return new OpenApiFuzz(service);
    }

    /** Sends every case as a patient, a clinician, an admin and another service (TestTokens), besides anonymously. */
    public OpenApiFuzz asEveryRole() {
        return caller("patient", DemoUser.ALICE.token()).caller("clinician", DemoUser.CAROL.token())
                .caller("admin", DemoUser.ERIN.token()).caller("service", TestTokens.forService());
    }

    /** Sends every case with this bearer token too. */
    public OpenApiFuzz caller(String name, String token) {
        callers.put(name, token);
        return this;
    }

    /** The well-formed value of a path parameter (default: a UUID when it is one, else {@code x}). */
    public OpenApiFuzz pathValue(String parameter, String value) {
        pathValues.put(parameter, value);
        return this;
    }

    public OpenApiFuzz seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** The service's {@code quarkus.http.limits.max-body-size}: one case sends a body just over it. */
    public OpenApiFuzz maxBodySize(long bytes) {
        this.maxBodySize = bytes;
        return this;
    }

    public Report run() {
        base = URI.create(RestAssured.baseURI + ":" + RestAssured.port + "/");
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        @SuppressWarnings("unchecked")
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        OpenApiDocument api = new OpenApiDocument(document);
        Random random = new Random(seed);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        long started = System.nanoTime();
        for (OpenApiDocument.Operation operation : api.operations()) {
            List<Cases.Case> cases = new Cases(api, operation, random, pathValues, maxBodySize).all();
            // The well-formed case goes as everyone; the roles it does not refuse (401, 403) are the operation's, and
            // the broken cases go as one of them in turn, every tenth as everyone again.
            List<Map.Entry<String, String>> everyone = new ArrayList<>(callers.entrySet());
            everyone.add(Map.entry("anonymous", ""));
            List<Map.Entry<String, String>> allowed = new ArrayList<>();
            for (int i = 0; i < cases.size(); i++) {
                Cases.Case fuzzCase = cases.get(i);
                List<Map.Entry<String, String>> senders = i % 10 == 0 || allowed.isEmpty() && i > 0
                        ? everyone : List.of(allowed.get(i % allowed.size()));
                for (Map.Entry<String, String> caller : senders) {
                    requests++;
                    Sent sent = send(api, operation, fuzzCase, caller.getKey(), caller.getValue());
                    if (sent.failure() != null) {
                        failures.add(sent.failure());
                    }
                    if (i == 0 && !caller.getValue().isEmpty() && sent.status() != 401 && sent.status() != 403) {
                        allowed.add(caller);
                    }
                }
            }
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Report report = new Report(service, api.operations().size(), requests, took, failures);
        System.out.println(report.summary());
        return report;
    }

    private record Sent(int status, String failure) {
    }

    private Sent send(OpenApiDocument api, OpenApiDocument.Operation operation, Cases.Case fuzzCase, String callerName,
            String token) {
        String failure = null;
        int status = 0;
        try {
            HttpResponse<String> response = exchange(fuzzCase, token);
            status = response.statusCode();
            failure = check(api, operation, response);
        } catch (IOException e) {
            // a refused oversized body may close the connection before all of it is sent
            failure = fuzzCase.name().equals(Cases.OVERSIZED) ? null : "no answer (" + e + ")";
        } catch (IllegalArgumentException e) {
            failure = "could not be sent (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure = "interrupted";
        }
        if (failure == null) {
            return new Sent(status, null);
        }
        return new Sent(status, operation.method().toUpperCase() + " " + abbreviate(uri(fuzzCase), 160) + " ["
                + fuzzCase.name() + "] as " + callerName + ": " + failure);
    }

    private static String uri(Cases.Case fuzzCase) {
        StringBuilder uri = new StringBuilder(fuzzCase.path());
        String separator = "?";
        for (Map.Entry<String, String> query : fuzzCase.query().entrySet()) {
            uri.append(separator).append(encode(query.getKey())).append('=').append(encode(query.getValue()));
            separator = "&";
        }
        return uri.toString();
    }

    private HttpResponse<String> exchange(Cases.Case fuzzCase, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(uri(fuzzCase))).timeout(Duration.ofSeconds(30));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        fuzzCase.headers().forEach(request::header);
        if (fuzzCase.contentType() != null) {
            request.header("Content-Type", fuzzCase.contentType());
        }
        request.method(fuzzCase.method(), fuzzCase.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(fuzzCase.body(), StandardCharsets.UTF_8));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** What is wrong with an answer, or null. */
    private static String check(OpenApiDocument api, OpenApiDocument.Operation operation, HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body();
        if (status >= 500) {
            return status + " " + abbreviate(body, 300);
        }
        if (!operation.declares(status)) {
            return status + " is not in the document (" + operation.statuses() + ") " + abbreviate(body, 300);
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse(null);
            if (type == null || !type.startsWith("application/problem+json")) {
                return status + " as " + type + " " + abbreviate(body, 300);
            }
            if (!body.replace(" ", "").contains("\"status\":" + status)) {
                return status + " with a body that is not its problem: " + abbreviate(body, 300);
            }
        }
        Map<String, Object> schema = operation.responseSchema(status);
        if (status < 300 && schema != null && !body.isBlank()
                && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            Object value;
            try {
                value = JsonPath.from(body).get("$");
            } catch (RuntimeException e) {
                return status + " with a body that is not JSON: " + abbreviate(body, 300);
            }
            List<String> nulls = api.unexpectedNulls(value, schema);
            if (!nulls.isEmpty()) {
                return status + " with null where the document does not allow it: " + nulls + " " + abbreviate(body, 300);
            }
        }
        return null;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return flat.length() > max ? flat.substring(0, max) + "...(" + flat.length() + ")" : flat;
    }

    /** What a run sent and found. */
    public record Report(String service, int operations, int requests, Duration took, List<String> failures) {

        public String summary() {
            return String.format("fuzz %s: %d requests to %d operations in %.1f s, %d failures", service, requests,
                    operations, took.toMillis() / 1000.0, failures.size());
        }

        /** The failures, at most {@code max} of them, one a line. */
        public String failuresText(int max) {
            StringBuilder text = new StringBuilder(summary());
            failures.stream().limit(max).forEach(f -> text.append('\n').append(f));
            if (failures.size() > max) {
                text.append("\n... and ").append(failures.size() - max).append(" more");
            }
            return text.toString();
        }
    }
}
