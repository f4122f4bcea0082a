import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The Java half of bench/session-writes.sh, against a running local platform: {@code --mode=setup} starts the
 * sessions wrk writes sets into, {@code --mode=kafka} reports how long after the load the last set event was on
 * Kafka, {@code --mode=offline} uploads whole sessions and prints sets per second.
 */
public class SessionWriteBenchmark {

    private static final String[] EXERCISES = { "pelvic-tilt", "cat-cow", "knee-to-chest" };
    private static final String[] SIDES = { "left", "right", "both" };
    /** Distinct (exercise, set number, side) a session can take: 3 exercises x 50 set numbers x 3 sides. */
    private static final int SETS_PER_SESSION = 450;
    /** One per set in a session's JSON: only sets carry a set number. */
    private static final Pattern SET_IN_SESSION = Pattern.compile("\"setNumber\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> options;
    private final String sessions;
    private String bearer;
    private String programId;

    SessionWriteBenchmark(Map<String, String> options) {
        this.options = options;
        this.sessions = option("session-url", "http://localhost:8083");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        new SessionWriteBenchmark(options).run();
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private void run() throws Exception {
        bearer = "Bearer " + token();
        programId = field(post(option("program-url", "http://localhost:8082") + "/programs",
                "{\"templateId\":\"gentle-relief\",\"screening\":{\"chronicOrSevere\":false,\"recentFallOrSurgery\":false}}", null), "id");
        switch (option("mode", "setup")) {
            case "setup" -> setup();
            case "kafka" -> kafka();
            case "offline" -> {
                int uploads = Integer.parseInt(option("uploads", "40"));
                int concurrency = Integer.parseInt(option("upload-concurrency", "4"));
                System.out.printf("Offline uploads: %d sessions of %d sets, %d at a time%n", uploads, SETS_PER_SESSION,
                        concurrency);
                warmUpOffline(uploads, concurrency);
                offlineUploads(uploads, concurrency, true);
            }
            default -> throw new IllegalArgumentException("mode is setup, kafka or offline");
        }
    }

    /** Starts the sessions the load writes into and notes where session.events ends now. */
    private void setup() throws Exception {
        int count = Integer.parseInt(option("sessions", "120"));
        Path dir = Path.of(option("dir", "."));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(startSession());
        }
        Files.write(dir.resolve("sessions.txt"), ids);
        Files.writeString(dir.resolve("token.txt"), bearer.substring("Bearer ".length()) + "\n");
        StringBuilder offsets = new StringBuilder();
        endOffsets().forEach((tp, offset) -> offsets.append(tp.partition()).append('=').append(offset).append('\n'));
        Files.writeString(dir.resolve("offsets.txt"), offsets.toString());
    }

    /**
     * Counts the sets stored in the benchmark sessions and their events on session.events since setup, and prints how
     * long after the load ended (--load-ended, epoch ms) the last one was appended. The store can hold a few more sets
     * than the load generator counted: the requests in flight when it stopped were still applied.
     */
    private void kafka() throws Exception {
        Path dir = Path.of(option("dir", "."));
        Set<String> ids = new HashSet<>(Files.readAllLines(dir.resolve("sessions.txt")));
        Map<TopicPartition, Long> from = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("offsets.txt"))) {
            String[] kv = line.split("=");
            from.put(new TopicPartition("session.events", Integer.parseInt(kv[0])), Long.parseLong(kv[1]));
        }
        long answered = Long.parseLong(option("expected", "0"));
        long expected = 0;
        for (String id : ids) {
            expected += SET_IN_SESSION.matcher(get(sessions + "/sessions/" + id)).results().count();
        }
        long loadEnded = Long.parseLong(option("load-ended", "0"));
        SetEvents events = setEvents(ids, from, expected);
        System.out.printf("  sets stored       %,d (%,d answered before the load generator stopped)%n", expected, answered);
        events.print(expected, loadEnded);
    }

    /** The set events of some sessions on session.events from the given offsets, read until there are enough. */
    private SetEvents setEvents(Set<String> sessionIds, Map<TopicPartition, Long> from, long expected) {
        Set<String> eventIds = new HashSet<>();
        long seen = 0;
        long lastAppended = 0;
        long giveUp = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (eventIds.size() < expected && System.nanoTime() < giveUp) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if ("lumbar.session.set-completed.v1".equals(header(record, "ce_type"))
                            && sessionIds.contains(header(record, "ce_subject"))) {
                        seen++;
                        eventIds.add(header(record, "ce_id"));
                        lastAppended = Math.max(lastAppended, record.timestamp());
                    }
                }
            }
        }
        return new SetEvents(seen, eventIds.size(), lastAppended);
    }

    record SetEvents(long seen, long distinct, long lastAppended) {
        void print(long stored, long loadEnded) {
            System.out.printf("  set events on Kafka %,d, %,d distinct: %s%n", seen, distinct,
                    distinct == stored ? "one per stored set" : "MISMATCH with the stored sets");
            System.out.printf("  last event on Kafka %,d ms after the load ended%n", Math.max(0, lastAppended - loadEnded));
        }
    }

    /**
     * The upload path has code of its own for the JIT to compile, which the live phase warms only in part, and on two
     * cores a fresh JVM keeps getting faster for about a dozen passes, with plateaus on the way. Passes run until two
     * in a row do not beat the best so far by more than 5 %, at least {@code offline-warm-up-min} of them.
     */
    private void warmUpOffline(int uploads, int concurrency) throws Exception {
        int minPasses = Integer.parseInt(option("offline-warm-up-min", "6"));
        int maxPasses = Integer.parseInt(option("offline-warm-up-max", "12"));
        double best = 0;
        int withoutGain = 0;
        for (int pass = 1; pass <= maxPasses; pass++) {
            double rate = offlineUploads(uploads, concurrency, false);
            System.out.printf("  warm-up pass %d    %,.0f sets/s%n", pass, rate);
            withoutGain = rate > 1.05 * best ? 0 : withoutGain + 1;
            best = Math.max(best, rate);
            if (pass >= minPasses && withoutGain >= 2) {
                return;
            }
        }
    }

    /** @return the upload rate in sets per second */
    private double offlineUploads(int uploads, int concurrency, boolean measured) throws Exception {
        List<String> bodies = new ArrayList<>();
        Instant startedAt = Instant.now().minusSeconds(3600);
        Set<String> sessionIds = new HashSet<>();
        for (int u = 0; u < uploads; u++) {
            StringBuilder sets = new StringBuilder();
            for (int slot = 0; slot < SETS_PER_SESSION; slot++) {
                if (slot > 0) {
                    sets.append(',');
                }
                sets.append("{\"id\":\"").append(UUID.randomUUID()).append("\",\"exercise\":\"").append(EXERCISES[slot % 3])
                        .append("\",\"setNumber\":").append((slot / 3) % 50 + 1).append(",\"side\":\"")
                        .append(SIDES[slot / 150]).append("\",\"reps\":12,\"occurredAt\":\"")
                        .append(startedAt.plusMillis(100L * (slot + 1))).append("\"}");
            }
            String sessionId = UUID.randomUUID().toString();
            sessionIds.add(sessionId);
            bodies.add("{\"id\":\"" + sessionId + "\",\"programId\":\"" + programId + "\",\"startedAt\":\""
                    + startedAt + "\",\"sets\":[" + sets + "],\"completedAt\":\"" + startedAt.plusSeconds(120) + "\"}");
        }
        Map<TopicPartition, Long> from = endOffsets();
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        long[] latencies = new long[uploads];
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            Thread.ofPlatform().start(() -> {
                try {
                    for (int i = next.getAndIncrement(); i < uploads; i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = send(sessions + "/sessions/offline", bodies.get(i), null);
                        latencies[i] = System.nanoTime() - t0;
                        if (response.statusCode() != 201) {
                            errors.incrementAndGet();
                            System.err.println("upload answered " + response.statusCode() + ": " + response.body());
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    System.err.println("upload worker stopped: " + e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        long ended = System.currentTimeMillis();
        Arrays.sort(latencies);
        double rate = uploads * SETS_PER_SESSION / seconds;
        if (measured) {
            System.out.printf("  sets uploaded     %,d in %.1f s (errors: %d)%n", (long) uploads * SETS_PER_SESSION,
                    seconds, errors.get());
            System.out.printf("  upload rate       %,.0f sets/s%n", rate);
            System.out.printf("  upload latency    p50 %.0f ms, p99 %.0f ms per %d-set session%n",
                    latencies[uploads / 2] / 1e6, latencies[Math.max(0, (int) Math.ceil(uploads * 0.99) - 1)] / 1e6,
                    SETS_PER_SESSION);
            long stored = (long) (uploads - errors.get()) * SETS_PER_SESSION;
            setEvents(sessionIds, from, stored).print(stored, ended);
        }
        return rate;
    }

    private String startSession() {
        try {
            return field(post(sessions + "/sessions", "{\"programId\":\"" + programId + "\"}", null), "id");
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a session", e);
        }
    }

    private Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor("session.events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            return consumer.endOffsets(partitions);
        }
    }

    private KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, option("kafka", "127.0.0.1:9092"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private String token() throws Exception {
        String form = "client_id=web-app&grant_type=password&username=" + option("user", "alice") + "&password="
                + option("password", option("user", "alice"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(option("keycloak",
                "http://localhost:8180/realms/lumbar") + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        return field(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(), "access_token");
    }

    private String post(String url, String body, String idempotencyKey) throws Exception {
        HttpResponse<String> response = send(url, body, idempotencyKey);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(String url) throws Exception {
        HttpResponse<String> response = HTTP.send(authorized(url).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private HttpResponse<String> send(String url, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder request = authorized(url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorized(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", bearer);
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }
}
