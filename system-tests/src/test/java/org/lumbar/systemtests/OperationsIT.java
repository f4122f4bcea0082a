package org.lumbar.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.lumbar.testing.DemoUser;
import org.lumbar.testing.KafkaBroker;
import org.lumbar.testing.ScreeningAnswers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Operations across the packaged services and the gateway: readiness reflects the database and the broker, the
 * README journey works through the gateway (Server-Sent Events included, request ids reaching the services' logs),
 * a poison record is dead-lettered and counted, every metric the Grafana dashboards query is exposed, and a stopped
 * service turns the gateway's answer into a quick 503 problem.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OperationsIT {

    /** Series Prometheus makes itself while scraping. */
    static final Set<String> MADE_BY_PROMETHEUS = Set.of("up", "scrape_duration_seconds", "scrape_samples_scraped");

    private static LumbarPlatform platform;
    private static GatewayProcess gateway;

    @BeforeAll
    static void start() throws Exception {
        platform = LumbarPlatform.start();
        gateway = GatewayProcess.start(platform);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    private static RequestSpecification api(DemoUser user) {
        return given().baseUri(gateway.url()).basePath("/api").header("Authorization", user.bearer())
                .contentType(ContentType.JSON);
    }

    @Test
    @Order(1)
    void readinessCoversTheDatabaseAndTheBroker() {
        for (String service : LumbarPlatform.SERVICES) {
            List<String> checks = given().baseUri(platform.url(service)).get("/q/health/ready")
                    .then().statusCode(200).body("status", equalTo("UP"))
                    .extract().jsonPath().getList("checks.name");
            String all = String.join(" | ", checks).toLowerCase();
            assertThat(all).as(service + " readiness checks").contains("database").contains("kafka");
        }
        given().baseUri(gateway.url()).get("/q/health/ready").then().statusCode(200);
    }

    @Test
    @Order(2)
    void theReadmeJourneyWorksThroughTheGateway() throws Exception {
        given().baseUri(gateway.url()).get("/api/exercises/knee-to-chest").then().statusCode(200)
                .body("slug", equalTo("knee-to-chest"));
        given().baseUri(gateway.url()).get("/api/templates").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));

        String program = api(DemoUser.ALICE).body(ScreeningAnswers.programFrom("gentle-relief"))
                .post("/programs").then().statusCode(201).extract().path("id");
        String requestId = "operations-it-" + UUID.randomUUID();
        Response started = api(DemoUser.ALICE).header("X-Request-Id", requestId)
                .body("{\"programId\":\"" + program + "\"}").post("/sessions");
        started.then().statusCode(201).header("X-Request-Id", requestId)
                .header("Location", startsWith(gateway.url() + "/api/sessions/"));
        String session = started.path("id");
        String path = "/sessions/" + session;

        // follow the session live through the gateway while it is recorded
        List<String> events = new CopyOnWriteArrayList<>();
        HttpClient http = HttpClient.newHttpClient();
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                HttpRequest.newBuilder(URI.create(gateway.url() + "/api" + path + "/stream"))
                        .header("Authorization", DemoUser.ALICE.bearer()).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> streaming = stream.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(streaming.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> streaming.body().filter(line -> line.startsWith("data:")).forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !events.isEmpty()); // the snapshot

        api(DemoUser.ALICE).body("{\"score\":5,\"timing\":\"before\",\"quality\":\"ache\"}")
                .post(path + "/pain").then().statusCode(201).body("guidance.action", equalTo("continue"));
        api(DemoUser.ALICE).header("Idempotency-Key", session + "-1")
                .body("{\"exercise\":\"pelvic-tilt\",\"setNumber\":1,\"reps\":12}")
                .post(path + "/sets").then().statusCode(201);
        api(DemoUser.ALICE).body("{\"exercise\":\"cat-cow\",\"setNumber\":1,\"reps\":10}")
                .post(path + "/sets").then().statusCode(201);
        api(DemoUser.ALICE).body("{\"exercise\":\"knee-to-chest\",\"setNumber\":1,\"reps\":2,\"holdSeconds\":30}")
                .post(path + "/sets").then().statusCode(201);
        api(DemoUser.ALICE).body("{\"score\":3,\"timing\":\"after\",\"quality\":\"soreness\"}")
                .post(path + "/pain").then().statusCode(201);
        api(DemoUser.ALICE).post(path + "/complete").then().statusCode(200).body("setsCompleted", equalTo(3));

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(String.join("\n", events)).contains("pelvic-tilt").contains("completed"));

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                api(DemoUser.ALICE).get("/patients/me/adherence").then().statusCode(200)
                        .body("completed", equalTo(1)));

        // a second session, given up
        String second = api(DemoUser.ALICE).body("{\"programId\":\"" + program + "\"}")
                .post("/sessions").then().statusCode(201).extract().path("id");
        api(DemoUser.ALICE).post("/sessions/" + second + "/abandon").then().statusCode(200);

        // the request id reached session-service and is in its log
        Path log = Path.of(System.getProperty("lumbar.root", "..")).resolve("system-tests/target/platform/session-service.log");
        Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(Files.readString(log)).contains(requestId));
        // and the token did not
        assertThat(Files.readString(log)).doesNotContain(DemoUser.ALICE.token().substring(0, 40));
    }

    @Test
    @Order(3)
    void aPoisonRecordIsDeadLetteredAndCounted() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, String> poison = new ProducerRecord<>("session.events", DemoUser.ALICE.id,
                    "this is not a CloudEvent");
            poison.headers().add(LumbarPlatform.INJECTED_BY_TEST, "OperationsIT".getBytes(StandardCharsets.UTF_8));
            producer.send(poison);
            producer.flush();
        }
        // analytics consumes in batches and parks bad records itself, counting them by topic
        Pattern dlqSends = Pattern.compile("^lumbar_events_dead_lettered_total\\{[^}]*"
                + "topic=\"session.events\"[^}]*\\} ([0-9.eE+]+)", Pattern.MULTILINE);
        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Matcher m = dlqSends.matcher(scrape(platform.url("analytics-service")));
            assertThat(m.find()).as("analytics-service counts the record it sent to session.events.dlq").isTrue();
            assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(1);
        });
    }

    @Test
    @Order(4)
    void everyMetricTheDashboardsQueryIsExposed() throws IOException {
        Map<String, String> scrapes = new LinkedHashMap<>();
        for (String service : LumbarPlatform.SERVICES) {
            scrapes.put(service, scrape(platform.url(service)));
        }
        scrapes.put("gateway", scrape(gateway.url()));
        Path out = Path.of(System.getProperty("lumbar.root", "..")).resolve("system-tests/target/platform");
        for (Map.Entry<String, String> scrape : scrapes.entrySet()) {
            Files.writeString(out.resolve("metrics-" + scrape.getKey() + ".txt"), scrape.getValue());
        }
        Map<String, Set<String>> exposedBy = new TreeMap<>();
        scrapes.forEach((job, text) -> exposedNames(text).forEach(
                name -> exposedBy.computeIfAbsent(name, n -> new TreeSet<>()).add(job)));

        Map<String, Set<String>> queried = DashboardMetrics.namesByDashboard(
                Path.of(System.getProperty("lumbar.root", "..")).resolve("deploy/grafana/provisioning/dashboards"));
        assertThat(queried).as("dashboards found").isNotEmpty();

        List<String> missing = new ArrayList<>();
        StringBuilder table = new StringBuilder("Metrics the dashboards query, and who exposes them:\n");
        for (Map.Entry<String, Set<String>> dashboard : queried.entrySet()) {
            for (String name : dashboard.getValue()) {
                Set<String> jobs = exposedBy.getOrDefault(name, Collections.emptySet());
                table.append(String.format("  %-28s %-55s %s%n", dashboard.getKey(), name,
                        MADE_BY_PROMETHEUS.contains(name) ? "(Prometheus)" : jobs.isEmpty() ? "MISSING" : jobs));
                if (jobs.isEmpty() && !MADE_BY_PROMETHEUS.contains(name)) {
                    missing.add(dashboard.getKey() + ": " + name);
                }
            }
        }
        System.out.println(table);
        assertThat(missing).as("metric names the dashboards query but no service exposes").isEmpty();
    }

    @Test
    @Order(5)
    void aStoppedServiceIsA503ProblemAtTheGateway() throws Exception {
        platform.stop("analytics-service");
        long start = System.nanoTime();
        api(DemoUser.ALICE).get("/patients/me/adherence").then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(503)).body("detail", containsString("analytics-service"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        // the others still answer
        api(DemoUser.ALICE).get("/templates").then().statusCode(200);
    }

    private static String scrape(String baseUrl) {
        return given().baseUri(baseUrl).get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** Metric names in a Prometheus text exposition. */
    static Set<String> exposedNames(String exposition) {
        Set<String> names = new TreeSet<>();
        for (String line : exposition.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int end = 0;
            while (end < line.length() && line.charAt(end) != '{' && line.charAt(end) != ' ') {
                end++;
            }
            names.add(line.substring(0, end));
        }
        return names;
    }

    /** The metric names in the PromQL expressions of Grafana dashboard files. */
    static final class DashboardMetrics {

        private static final ObjectMapper JSON = new ObjectMapper();
        private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
                "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan", "atan2");
        private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.$])[a-zA-Z_:][a-zA-Z0-9_:]*");

        static Map<String, Set<String>> namesByDashboard(Path folder) throws IOException {
            Map<String, Set<String>> names = new TreeMap<>();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    List<String> expressions = new ArrayList<>();
                    collect(JSON.readTree(file.toFile()), expressions);
                    Set<String> dashboard = new TreeSet<>();
                    expressions.forEach(expr -> dashboard.addAll(metricNames(expr)));
                    names.put(file.getFileName().toString(), dashboard);
                }
            }
            return names;
        }

        private static void collect(JsonNode node, List<String> expressions) {
            if (node.isObject()) {
                node.fields().forEachRemaining(field -> {
                    if (field.getKey().equals("expr") && field.getValue().isTextual()) {
                        expressions.add(field.getValue().asText());
                    } else {
                        collect(field.getValue(), expressions);
                    }
                });
            } else if (node.isArray()) {
                node.forEach(child -> collect(child, expressions));
            }
        }

        static Set<String> metricNames(String expr) {
            String s = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")
                    .replaceAll("\\$\\{?\\w+}?", " ")
                    .replaceAll("\\{[^}]*}", " ")
                    .replaceAll("\\[[^]]*]", " ")
                    .replaceAll("(?i)\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
            Set<String> names = new TreeSet<>();
            Matcher m = IDENTIFIER.matcher(s);
            while (m.find()) {
                String token = m.group();
                String rest = s.substring(m.end()).stripLeading();
                if (rest.startsWith("(") || KEYWORDS.contains(token.toLowerCase())) {
                    continue;
                }
                names.add(token);
            }
            return names;
        }
    }
}
