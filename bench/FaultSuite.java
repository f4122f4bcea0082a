import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The fault suite (bench/faults.sh): a steady stream of set writes from alice and bob against the running local
 * platform while parts are killed one after another; after each fault it settles and prints what was acknowledged,
 * stored in session-service, published on session.events and counted by analytics-service, what was lost and what
 * was counted twice.
 * <p>
 * A write is one set with a client id and an Idempotency-Key, sent again with the same key and body until it gets a
 * 2xx or a 4xx (429 excepted), as a phone would. "Counted" means analytics recorded the set's CloudEvent id in its
 * processed_event table; "counted twice" compares its exercise_week totals for the suite's patients with the sets it
 * recorded as processed, so a set applied twice under one id, or two events for one set, both show.
 */
public class FaultSuite {

    static final Path ROOT = Path.of(System.getProperty("lumbar.root", ".")).toAbsolutePath().normalize();
    static final Path RUN = ROOT.resolve(".lumbar/run");
    static final String KEYCLOAK = "http://localhost:8180/realms/lumbar/protocol/openid-connect/token";
    static final String SESSIONS = "http://localhost:8083";
    static final String GATEWAY = "http://localhost:8080/api";
    static final String SET_TYPE = "lumbar.session.set-completed.v1";
    static final String[] EXERCISES = { "pelvic-tilt", "cat-cow", "knee-to-chest" };
    // analytics counts a per-side pair once, on its right side, so the suite never writes "left"
    static final String[] SIDES = { "both", "right" };
    static final int SLOTS_PER_SESSION = EXERCISES.length * 50 * SIDES.length;
    static final Map<String, Integer> SERVICE_PORTS = new LinkedHashMap<>();
    static {
        SERVICE_PORTS.put("catalog-service", 8081);
        SERVICE_PORTS.put("program-service", 8082);
        SERVICE_PORTS.put("session-service", 8083);
        SERVICE_PORTS.put("analytics-service", 8084);
        SERVICE_PORTS.put("gateway", 8080);
    }

    static final int REPEAT = intEnv("REPEAT", 10);
    static final int INFRA_REPEAT = intEnv("INFRA_REPEAT", 1);
    static final int PACE_MS = intEnv("PACE_MS", 40);
    static final int SETTLE_S = intEnv("SETTLE_S", 120);
    static final int DUPLICATE_KEYS = intEnv("DUPLICATE_KEYS", 10);
    static final int DUPLICATE_COPIES = intEnv("DUPLICATE_COPIES", 16);
    static final String JDBC = env("LUMBAR_DB_URL", "jdbc:postgresql://127.0.0.1:15432/lumbar");

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    static final long T0 = System.nanoTime();

    static int intEnv(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    static void log(String format, Object... args) {
        System.out.printf("  [%6.1f s] %s%n", seconds(T0, System.nanoTime()), String.format(format, args));
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // What the suite wrote and what it knows about each write

    /** One fault (or the steady load before the first): the writes acknowledged while it was current, and notes. */
    static final class Phase {
        final String name;
        final int index;
        final List<Write> writes = new CopyOnWriteArrayList<>();
        final List<String> notes = new CopyOnWriteArrayList<>();
        double readyMax = -1; // seconds from a fault until the part was ready again, worst case
        double writesMax = 0; // seconds from a fault until writes succeeded again, worst case
        boolean checksFailed;
        Report report;

        Phase(String name, int index) {
            this.name = name;
            this.index = index;
        }

        void note(String format, Object... args) {
            String text = String.format(format, args);
            notes.add(text);
            log("%s: %s", name, text);
        }

        void failed(String format, Object... args) {
            checksFailed = true;
            note("FAILED CHECK: " + format, args);
        }

        void recovered(double ready, double writes) {
            readyMax = Math.max(readyMax, ready);
            writesMax = Math.max(writesMax, writes);
        }
    }

    /** A set write; {@code status} is the final answer (0 while none). */
    static final class Write {
        final UUID id = UUID.randomUUID();
        final String key = UUID.randomUUID().toString();
        final Patient patient;
        final UUID session;
        final String exercise;
        final int setNumber;
        final String side;
        volatile int status;
        volatile String answeredId;
        volatile int attempts;
        volatile Phase phase;
        // what the evaluations found, cached once true (cleared when a rebuild may have undone them)
        volatile boolean stored;
        volatile boolean counted;

        Write(Patient patient, UUID session, int slot) {
            this.patient = patient;
            this.session = session;
            this.exercise = EXERCISES[slot % EXERCISES.length];
            this.setNumber = (slot / EXERCISES.length) % 50 + 1;
            this.side = SIDES[slot / (EXERCISES.length * 50)];
        }

        String body() {
            return "{\"id\":\"" + id + "\",\"exercise\":\"" + exercise + "\",\"setNumber\":" + setNumber
                    + ",\"side\":\"" + side + "\",\"reps\":12}";
        }

        String setKey() {
            return setKey(session.toString(), exercise, setNumber, side);
        }

        static String setKey(String session, String exercise, int setNumber, String side) {
            return session + "|" + exercise + "|" + setNumber + "|" + side;
        }
    }

    /** A demo patient: token, program, id. */
    static final class Patient {
        final String user;
        volatile String token;
        volatile long tokenAt;
        String id;
        String programId;

        Patient(String user) {
            this.user = user;
        }

        String bearer() {
            // tokens live 30 min; a new one every 10, unless Keycloak is away (then the old one serves on)
            if (System.nanoTime() - tokenAt > TimeUnit.MINUTES.toNanos(10)) {
                try {
                    token = login(user);
                    tokenAt = System.nanoTime();
                } catch (Exception e) {
                    tokenAt = System.nanoTime() - TimeUnit.MINUTES.toNanos(9);
                }
            }
            return "Bearer " + token;
        }
    }

    static final List<Write> ALL = new CopyOnWriteArrayList<>();
    /** Every write attempt: nanos and whether the platform answered it (2xx or 4xx) or not. */
    static final ConcurrentLinkedQueue<long[]> ATTEMPTS = new ConcurrentLinkedQueue<>();
    static volatile Phase current;
    static volatile boolean writing = true;

    // ------------------------------------------------------------------------------------------------------------
    // HTTP

    static String login(String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KEYCLOAK)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=web-app&grant_type=password&username=" + user
                        + "&password=" + user))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " answered " + response.statusCode());
        }
        return field(response.body(), "access_token");
    }

    static HttpResponse<String> post(String url, String bearer, String body, String key) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15))
                .header("Authorization", bearer).header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url, String bearer) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET();
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean answered(int status) {
        return status >= 200 && status < 500 && status != 429 && status != 408;
    }

    /** Sends until the platform answers with a 2xx or a 4xx, the same key and body each time; returns the answer. */
    static HttpResponse<String> untilAnswered(String url, Patient patient, String body, String key, Write write) {
        long backoff = 100;
        while (true) {
            long at = System.nanoTime();
            HttpResponse<String> response = null;
            try {
                response = post(url, patient.bearer(), body, key);
            } catch (IOException e) {
                // refused, reset or timed out: not answered
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (write != null) {
                write.attempts++;
            }
            boolean ok = response != null && answered(response.statusCode());
            ATTEMPTS.add(new long[] { at, ok ? 1 : 0 });
            if (ok) {
                return response;
            }
            sleep(backoff);
            backoff = Math.min(1000, backoff * 2);
        }
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    static String fieldOrNull(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)\"?").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Writers

    /** Writes sets into sessions of its own, one after another, starting a new session when one is full. */
    static final class Writer implements Runnable {
        final Patient patient;
        final String base;
        UUID session;
        int slot = SLOTS_PER_SESSION;

        Writer(Patient patient, String base) {
            this.patient = patient;
            this.base = base;
        }

        public void run() {
            while (writing) {
                if (slot >= SLOTS_PER_SESSION) {
                    HttpResponse<String> started = untilAnswered(base + "/sessions", patient,
                            "{\"programId\":\"" + patient.programId + "\"}", UUID.randomUUID().toString(), null);
                    if (started.statusCode() >= 300) {
                        log("starting a session for %s answered %d: %s", patient.user, started.statusCode(),
                                started.body());
                        sleep(1000);
                        continue;
                    }
                    session = UUID.fromString(field(started.body(), "id"));
                    slot = 0;
                }
                Write write = new Write(patient, session, slot++);
                HttpResponse<String> answer = untilAnswered(base + "/sessions/" + session + "/sets", patient,
                        write.body(), write.key, write);
                record(write, answer, current);
                sleep(PACE_MS);
            }
        }
    }

    static void record(Write write, HttpResponse<String> answer, Phase phase) {
        write.status = answer.statusCode();
        write.phase = phase;
        if (answer.statusCode() < 300) {
            write.answeredId = fieldOrNull(answer.body(), "id");
        } else if (phase != null && phase.notes.stream().filter(n -> n.startsWith("refused")).count() < 3) {
            phase.note("refused %d after %d attempt(s): %s", answer.statusCode(), write.attempts,
                    answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
        }
        phase.writes.add(write);
        ALL.add(write);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Kafka: everything on session.events and session.events.dlq, read from the beginning in the background

    static final class KafkaWatch implements Runnable {
        /** set key -> [records, distinct ids...] */
        final Map<String, Set<String>> idsBySet = new ConcurrentHashMap<>();
        final Map<String, Integer> recordsBySet = new ConcurrentHashMap<>();
        /** set keys of the suite's patients and exercises, for the count analytics should hold */
        final Map<String, Set<String>> suiteSets = new ConcurrentHashMap<>();
        final List<ConsumerRecord<String, String>> deadLetters = new CopyOnWriteArrayList<>();
        final Map<TopicPartition, Long> positions = new ConcurrentHashMap<>();
        volatile Set<String> patients = Set.of();
        volatile boolean running = true;
        static final Pattern SESSION = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"");
        static final Pattern PATIENT = Pattern.compile("\"patientId\"\\s*:\\s*\"([^\"]+)\"");
        static final Pattern EXERCISE = Pattern.compile("\"exercise\"\\s*:\\s*\"([^\"]+)\"");
        static final Pattern SET_NUMBER = Pattern.compile("\"setNumber\"\\s*:\\s*(\\d+)");
        static final Pattern SIDE = Pattern.compile("\"side\"\\s*:\\s*\"([^\"]+)\"");

        public void run() {
            Properties props = new Properties();
            props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID());
            props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new StringDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of("session.events", "session.events.dlq")) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                while (running) {
                    try {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                            take(record);
                        }
                        for (TopicPartition partition : partitions) {
                            positions.put(partition, consumer.position(partition, Duration.ofSeconds(5)));
                        }
                    } catch (RuntimeException e) {
                        sleep(500); // the broker is away; the consumer reconnects by itself
                    }
                }
            }
        }

        void take(ConsumerRecord<String, String> record) {
            if (record.topic().endsWith(".dlq")) {
                deadLetters.add(record);
                return;
            }
            if (!SET_TYPE.equals(header(record, "ce_type")) || record.value() == null) {
                return;
            }
            String value = record.value();
            String session = group(SESSION, value);
            String exercise = group(EXERCISE, value);
            String setNumber = group(SET_NUMBER, value);
            String side = group(SIDE, value);
            String id = header(record, "ce_id");
            if (session == null || exercise == null || setNumber == null || side == null || id == null) {
                return;
            }
            String key = Write.setKey(session, exercise, Integer.parseInt(setNumber), side);
            idsBySet.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
            recordsBySet.merge(key, 1, Integer::sum);
            if (patients.contains(group(PATIENT, value)) && !"left".equals(side)
                    && List.of(EXERCISES).contains(exercise)) {
                suiteSets.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(id);
            }
        }

        /** Waits until this reader has reached what the topics hold now. */
        void catchUp(Duration timeout) {
            Map<TopicPartition, Long> end = endOffsets();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (end.entrySet().stream().allMatch(e -> positions.getOrDefault(e.getKey(), -1L) >= e.getValue())) {
                    return;
                }
                sleep(200);
            }
            log("the suite's Kafka reader did not catch up within %s", timeout);
        }
    }

    static String group(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static Properties kafkaProps() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        return props;
    }

    static Map<TopicPartition, Long> endOffsets() {
        for (int attempt = 0;; attempt++) {
            Properties props = kafkaProps();
            props.put(ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-offsets");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    new StringDeserializer())) {
                List<TopicPartition> partitions = new ArrayList<>();
                for (String topic : List.of("session.events", "session.events.dlq")) {
                    consumer.partitionsFor(topic, Duration.ofSeconds(10))
                            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
                }
                return consumer.endOffsets(partitions, Duration.ofSeconds(10));
            } catch (RuntimeException e) {
                if (attempt > 20) {
                    throw e;
                }
                sleep(1000);
            }
        }
    }

    /** How far behind the end of session.events a consumer group's committed offsets are. */
    static long lag(String group) {
        try (Admin admin = Admin.create(kafkaProps())) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, Long> end : endOffsets().entrySet()) {
                if (!end.getKey().topic().equals("session.events")) {
                    continue;
                }
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (Exception e) {
            return Long.MAX_VALUE;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // PostgreSQL

    static Connection db() throws SQLException {
        Properties props = new Properties();
        props.put("user", env("LUMBAR_DB_USER", "postgres"));
        props.put("password", env("LUMBAR_DB_PASSWORD", ""));
        props.put("connectTimeout", "5");
        props.put("socketTimeout", "60");
        return DriverManager.getConnection(JDBC, props);
    }

    /** Which of these values the query (with one array parameter) returns, in chunks. */
    static Set<String> among(Connection db, String sql, String arrayType, Collection<String> values)
            throws SQLException {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(values);
        for (int from = 0; from < all.size(); from += 5000) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 5000));
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                Object[] elements = arrayType.equals("uuid") ? chunk.stream().map(UUID::fromString).toArray()
                        : chunk.toArray();
                Array array = db.createArrayOf(arrayType, elements);
                statement.setArray(1, array);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(rows.getString(1));
                    }
                }
            }
        }
        return found;
    }

    static long scalar(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Evaluation

    record Report(int acked, int stored, int kafkaDistinct, int kafkaTotal, int counted, int lost, int twice,
            int refused, int refusedButStored, List<String> lostExamples) {
    }

    static final Set<String> COUNTED_EVENT_IDS = ConcurrentHashMap.newKeySet();
    static final Set<String> LOST_BEFORE = new HashSet<>();
    static long excessBefore = 0;
    static KafkaWatch kafka;
    static List<Patient> patients;

    /** Forgets what earlier evaluations confirmed, for after something that may have undone it (a rebuild). */
    static void forgetConfirmed() {
        ALL.forEach(w -> w.counted = false);
        COUNTED_EVENT_IDS.clear();
    }

    /**
     * Checks every acknowledged write so far against the database and Kafka, and reports those of {@code phase}
     * (all of them when null); lost and counted twice also include what became so among earlier writes since the
     * last evaluation.
     */
    static Report evaluate(Phase phase, boolean commit) throws SQLException {
        List<Write> considered = ALL.stream().filter(w -> phase == null || w.phase.index <= phase.index).toList();
        List<Write> acked = considered.stream().filter(w -> w.status >= 200 && w.status < 300).toList();
        List<Write> refused = considered.stream().filter(w -> w.status >= 300).toList();
        long analyticsSets;
        try (Connection db = db()) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            // One snapshot for analytics' totals and its processed events; the topic's end is read after it was
            // taken, so every event analytics had applied in it is known to the suite's reader.
            analyticsSets = scalar(db, "select coalesce(sum(sets_done), 0) from analytics.exercise_week "
                    + "where patient_id = any(?) and exercise = any(?)",
                    db.createArrayOf("varchar", patients.stream().map(p -> p.id).toArray()),
                    db.createArrayOf("varchar", EXERCISES));
            kafka.catchUp(Duration.ofSeconds(60));
            Set<String> eventIds = new HashSet<>();
            kafka.suiteSets.values().forEach(eventIds::addAll);
            eventIds.removeAll(COUNTED_EVENT_IDS);
            COUNTED_EVENT_IDS.addAll(among(db,
                    "select event_id from analytics.processed_event where event_id = any(?)", "varchar", eventIds));
            db.commit();
            Set<String> unstored = new HashSet<>();
            for (Write w : ALL) {
                if (!w.stored) {
                    unstored.add(w.id.toString());
                }
            }
            Set<String> stored = among(db, "select id::text from session.session_set where id = any(?)", "uuid",
                    unstored);
            for (Write w : ALL) {
                if (stored.contains(w.id.toString())) {
                    w.stored = true;
                }
            }
            db.commit();
        }
        long countedSets = kafka.suiteSets.values().stream()
                .filter(ids -> ids.stream().anyMatch(COUNTED_EVENT_IDS::contains)).count();
        long excess = analyticsSets - countedSets;

        Set<String> lostNow = new HashSet<>();
        Set<String> twiceNow = new HashSet<>();
        int storedN = 0, distinctN = 0, totalN = 0, countedN = 0, lostN = 0, twiceN = 0, refusedStored = 0;
        List<String> examples = new ArrayList<>();
        for (Write w : acked) {
            Set<String> ids = kafka.idsBySet.getOrDefault(w.setKey(), Set.of());
            boolean counted = ids.stream().anyMatch(COUNTED_EVENT_IDS::contains);
            String why = !w.stored ? "acknowledged, not stored" : ids.isEmpty() ? "stored, no event on Kafka"
                    : !counted ? "on Kafka, not counted by analytics" : null;
            if (why != null) {
                lostNow.add(w.id.toString());
            }
            if (ids.stream().filter(COUNTED_EVENT_IDS::contains).count() > 1) {
                twiceNow.add(w.id.toString());
            }
            if (phase == null || w.phase == phase) {
                storedN += w.stored ? 1 : 0;
                distinctN += ids.size();
                totalN += kafka.recordsBySet.getOrDefault(w.setKey(), 0);
                countedN += counted ? 1 : 0;
                if (why != null && examples.size() < 5) {
                    examples.add(w.id + " (" + w.patient.user + ", " + w.setKey() + ", acked in " + w.phase.name
                            + "): " + why);
                }
            }
        }
        for (Write w : refused) {
            if (w.stored) {
                refusedStored++;
            }
        }
        int phaseAcked = (int) acked.stream().filter(w -> phase == null || w.phase == phase).count();
        int phaseRefused = (int) refused.stream().filter(w -> phase == null || w.phase == phase).count();
        if (phase == null) {
            lostN = lostNow.size();
            twiceN = (int) Math.max(twiceNow.size(), excess);
        } else {
            Set<String> newlyLost = new HashSet<>(lostNow);
            newlyLost.removeAll(LOST_BEFORE);
            lostN = newlyLost.size();
            twiceN = (int) Math.max(0, excess - excessBefore);
            if (commit) {
                LOST_BEFORE.clear();
                LOST_BEFORE.addAll(lostNow);
                excessBefore = Math.max(excessBefore, excess);
            }
        }
        return new Report(phaseAcked, storedN, distinctN, totalN, countedN, lostN, twiceN, phaseRefused,
                refusedStored, examples);
    }

    /** Waits (at most SETTLE_S) until nothing acknowledged so far is missing from the store, Kafka or analytics. */
    static Report settle(Phase phase) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(SETTLE_S);
        Report report = null;
        while (true) {
            try {
                // lost counts what went missing since the last evaluation: settled once nothing is on its way
                report = evaluate(phase, false);
                if (report.lost == 0 || System.nanoTime() > deadline) {
                    return evaluate(phase, true);
                }
            } catch (SQLException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read the databases to settle " + phase.name, e);
                }
            }
            sleep(2000);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Parts: readiness, kill, recovery

    static String pidOf(String part) {
        try {
            return Files.readString(RUN.resolve(part + ".pid")).trim();
        } catch (IOException e) {
            return "";
        }
    }

    static boolean ready(String part) {
        try {
            return switch (part) {
                case "kafka" -> {
                    try (Socket socket = new Socket()) {
                        socket.connect(new InetSocketAddress("127.0.0.1", 9092), 1000);
                        yield true;
                    }
                }
                case "postgres" -> {
                    try (Connection db = db()) {
                        yield scalar(db, "select 1") == 1;
                    }
                }
                case "keycloak" -> get("http://localhost:9000/health/ready", null).statusCode() == 200;
                default -> get("http://localhost:" + SERVICE_PORTS.get(part) + "/q/health/ready", null)
                        .statusCode() == 200;
            };
        } catch (Exception e) {
            return false;
        }
    }

    static boolean waitFor(BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** kill -9 of the part's process group (its pid is the group's id, as run.sh starts it). */
    static long kill(String part) {
        String pid = pidOf(part);
        if (pid.isEmpty()) {
            throw new IllegalStateException("no pid for " + part + " in " + RUN);
        }
        long at = System.nanoTime();
        try {
            new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return at;
    }

    /** Seconds until the supervisor's new process of the part is ready, or -1 if not within the timeout. */
    static double awaitRestart(String part, String oldPid, long killedAt, Duration timeout) {
        boolean ok = waitFor(() -> {
            String pid = pidOf(part);
            return !pid.isEmpty() && !pid.equals(oldPid) && ready(part);
        }, timeout);
        return ok ? seconds(killedAt, System.nanoTime()) : -1;
    }

    /**
     * Seconds from {@code from} until writes were answered again: the first answered attempt after the last
     * unanswered one since {@code from} (0 when none went unanswered). Waits until writes have been answered for 2 s.
     */
    static double writesBack(long from) {
        waitFor(() -> {
            long lastFail = lastFailureSince(from);
            return System.nanoTime() - Math.max(lastFail, from) > TimeUnit.SECONDS.toNanos(2)
                    && ATTEMPTS.stream().anyMatch(a -> a[1] == 1 && a[0] > Math.max(lastFail, from));
        }, Duration.ofSeconds(180));
        long lastFail = lastFailureSince(from);
        if (lastFail == 0) {
            return 0;
        }
        long firstOk = ATTEMPTS.stream().filter(a -> a[1] == 1 && a[0] > lastFail).mapToLong(a -> a[0]).min()
                .orElse(System.nanoTime());
        return seconds(from, firstOk);
    }

    static long lastFailureSince(long from) {
        return ATTEMPTS.stream().filter(a -> a[1] == 0 && a[0] >= from).mapToLong(a -> a[0]).max().orElse(0);
    }

    static long failuresSince(long from) {
        return ATTEMPTS.stream().filter(a -> a[1] == 0 && a[0] >= from).count();
    }

    // ------------------------------------------------------------------------------------------------------------
    // Faults

    static void killRepeatedly(Phase phase, String part, int times) {
        List<String> details = new ArrayList<>();
        long failures = 0;
        for (int i = 1; i <= times; i++) {
            String oldPid = pidOf(part);
            long at = kill(part);
            double ready = awaitRestart(part, oldPid, at, Duration.ofSeconds(240));
            if (ready < 0) {
                phase.failed("%s was not ready again within 240 s after kill %d", part, i);
                ready = 240;
            }
            double writes = writesBack(at);
            failures += failuresSince(at);
            phase.recovered(ready, writes);
            details.add(String.format("%.1f/%.1f", ready, writes));
            sleep(2000); // some writes under the new process before the next kill
        }
        phase.note("kills %d, ready/writes back after each (s): %s; unanswered attempts retried: %d", times,
                String.join(" ", details), failures);
    }

    static void keycloakDown(Phase phase, Patient alice) throws Exception {
        // a token no service has seen yet: its check needs the keys the services cached from Keycloak
        String fresh = "Bearer " + login(alice.user);
        String oldPid = pidOf("keycloak");
        long at = kill("keycloak");
        sleep(500);
        for (Map.Entry<String, String> probe : Map.of("session-service", SESSIONS + "/sessions",
                "gateway", GATEWAY + "/sessions", "analytics-service", "http://localhost:8084/patients/me/summary")
                .entrySet()) {
            int status;
            try {
                status = get(probe.getValue(), fresh).statusCode();
            } catch (IOException e) {
                status = -1;
            }
            if (status == 200) {
                phase.note("a token first used after Keycloak died was accepted by %s", probe.getKey());
            } else {
                phase.failed("a token first used after Keycloak died was answered %d by %s", status, probe.getKey());
            }
        }
        // logins while Keycloak is away: each must fail fast and clearly
        double slowest = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        while (!(ready("keycloak") && !pidOf("keycloak").equals(oldPid))
                && seconds(at, System.nanoTime()) < 240) {
            long t = System.nanoTime();
            String outcome;
            try {
                login(alice.user);
                outcome = "succeeded";
            } catch (java.net.http.HttpTimeoutException e) {
                outcome = "no answer within 10 s";
            } catch (java.net.ConnectException e) {
                outcome = "connection refused";
            } catch (IllegalStateException e) {
                outcome = e.getMessage().replace("login of " + alice.user + " ", "");
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            }
            slowest = Math.max(slowest, seconds(t, System.nanoTime()));
            outcomes.merge(outcome, 1, Integer::sum);
            sleep(1000);
        }
        double ready = ready("keycloak") ? seconds(at, System.nanoTime()) : -1;
        phase.note("logins while Keycloak was away: %s; slowest %.1f s", outcomes, slowest);
        if (outcomes.containsKey("no answer within 10 s") || slowest > 10) {
            phase.failed("a login hung while Keycloak was away (slowest %.1f s)", slowest);
        }
        if (ready < 0) {
            phase.failed("Keycloak was not ready within 240 s");
        }
        try {
            login(alice.user);
            phase.note("login works again after %.1f s", ready);
        } catch (Exception e) {
            phase.failed("login still fails once Keycloak is ready: %s", e.getMessage());
        }
        phase.recovered(ready, writesBack(at));
    }

    static void killDuringRebuild(Phase phase, Patient erin) throws Exception {
        String admin = erin.bearer();
        HttpResponse<String> started = post("http://localhost:8084/admin/rebuild", admin, null, null);
        if (started.statusCode() != 202) {
            phase.failed("POST /admin/rebuild answered %d: %s", started.statusCode(), started.body());
            return;
        }
        String job = field(started.body(), "id");
        sleep(intEnv("REBUILD_KILL_AFTER_MS", 700));
        String before = fieldOrNull(get("http://localhost:8084/admin/rebuild/" + job, admin).body(), "status");
        String oldPid = pidOf("analytics-service");
        long at = kill("analytics-service");
        phase.note("rebuild %s was %s when analytics-service was killed", job, before);
        double ready = awaitRestart("analytics-service", oldPid, at, Duration.ofSeconds(240));
        if (ready < 0) {
            phase.failed("analytics-service was not ready within 240 s");
            return;
        }
        forgetConfirmed();
        // the restarted service runs the interrupted rebuild again, from the start, under the same job
        String status = "running";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while ("running".equalsIgnoreCase(status) && System.nanoTime() < deadline) {
            sleep(1000);
            status = fieldOrNull(get("http://localhost:8084/admin/rebuild/" + job, admin).body(), "status");
        }
        phase.note("after the restart (%.1f s) the killed rebuild was run again and ended %s", ready, status);
        if (!"succeeded".equalsIgnoreCase(status)) {
            phase.failed("the killed rebuild did not succeed after the restart: %s", status);
        }
        ready = seconds(at, System.nanoTime());
        phase.recovered(ready, writesBack(at));
    }

    static void duplicates(Phase phase, Patient patient) throws Exception {
        String bearer = patient.bearer();
        UUID session = UUID.fromString(field(untilAnswered(SESSIONS + "/sessions", patient,
                "{\"programId\":\"" + patient.programId + "\"}", UUID.randomUUID().toString(), null).body(), "id"));
        ExecutorService pool = Executors.newFixedThreadPool(DUPLICATE_COPIES);
        Map<String, Integer> statuses = new TreeMap<>();
        int sameAnswer = 0;
        try {
            for (int k = 0; k < DUPLICATE_KEYS; k++) {
                Write write = new Write(patient, session, k);
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> copies = new ArrayList<>();
                for (int c = 0; c < DUPLICATE_COPIES; c++) {
                    copies.add(pool.submit(() -> {
                        go.await();
                        return post(SESSIONS + "/sessions/" + session + "/sets", bearer, write.body(), write.key);
                    }));
                }
                go.countDown();
                Set<String> ids = new HashSet<>();
                HttpResponse<String> first = null;
                boolean allOk = true;
                for (Future<HttpResponse<String>> copy : copies) {
                    HttpResponse<String> answer = copy.get(60, TimeUnit.SECONDS);
                    statuses.merge(Integer.toString(answer.statusCode()), 1, Integer::sum);
                    if (answer.statusCode() < 300) {
                        ids.add(fieldOrNull(answer.body(), "id"));
                        if (first == null) {
                            first = answer;
                        }
                    } else {
                        allOk = false;
                        if (phase.notes.size() < 4) {
                            phase.note("a concurrent copy answered %d: %s", answer.statusCode(), answer.body());
                        }
                    }
                }
                if (allOk && ids.size() == 1) {
                    sameAnswer++;
                }
                write.attempts = DUPLICATE_COPIES;
                record(write, first != null ? first : copies.get(0).get(), phase);
            }
        } finally {
            pool.shutdownNow();
        }
        try (Connection db = db()) {
            long rows = scalar(db, "select count(*) from session.session_set where session_id = ?", session);
            phase.note("%d keys x %d concurrent copies: answers %s; %d of %d keys answered the same to every copy; "
                    + "%d rows stored", DUPLICATE_KEYS, DUPLICATE_COPIES, statuses, sameAnswer, DUPLICATE_KEYS, rows);
            if (rows != DUPLICATE_KEYS) {
                phase.failed("%d rows stored for %d keys", rows, DUPLICATE_KEYS);
            }
        }
        if (sameAnswer != DUPLICATE_KEYS) {
            phase.failed("%d of %d keys got another answer than the first for some copy", DUPLICATE_KEYS - sameAnswer,
                    DUPLICATE_KEYS);
        }
        phase.recovered(0, 0);
    }

    static void poison(Phase phase) throws Exception {
        Properties props = kafkaProps();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        List<Long> offsets = new ArrayList<>();
        long at;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            at = System.nanoTime();
            // garbage without any CloudEvent header, and garbage that claims to be a set event
            ProducerRecord<String, String> bare = new ProducerRecord<>("session.events", "fault-suite",
                    "\u0000\u00ff{not json at all");
            ProducerRecord<String, String> dressed = new ProducerRecord<>("session.events", "fault-suite",
                    "{\"sessionId\": 42, \"setNumber\": \"many\"");
            dressed.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8))
                    .add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8))
                    .add("ce_source", "fault-suite".getBytes(StandardCharsets.UTF_8))
                    .add("ce_type", SET_TYPE.getBytes(StandardCharsets.UTF_8))
                    .add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
            for (ProducerRecord<String, String> record : List.of(bare, dressed)) {
                RecordMetadata sent = producer.send(record).get(30, TimeUnit.SECONDS);
                offsets.add(sent.offset());
            }
        }
        List<String> groups = List.of("analytics-service", "program-service");
        boolean consumed = waitFor(() -> groups.stream().allMatch(g -> lag(g) < 2000
                && committedPast(g, offsets.get(offsets.size() - 1))), Duration.ofSeconds(120));
        double recovered = seconds(at, System.nanoTime());
        if (!consumed) {
            phase.failed("a consumer group did not get past the poison records within 120 s");
        }
        sleep(3000);
        kafka.catchUp(Duration.ofSeconds(30));
        for (long offset : offsets) {
            List<ConsumerRecord<String, String>> parked = kafka.deadLetters.stream()
                    .filter(r -> "session.events".equals(header(r, "dead-letter-topic"))
                            && Long.toString(offset).equals(header(r, "dead-letter-offset")))
                    .toList();
            Map<String, Integer> byGroup = new TreeMap<>();
            parked.forEach(r -> byGroup.merge(String.valueOf(header(r, "dead-letter-consumer-group")), 1,
                    Integer::sum));
            phase.note("poison at offset %d: %d record(s) on session.events.dlq, by dead-letter-consumer-group %s",
                    offset, parked.size(), byGroup);
            if (parked.size() != groups.size()) {
                phase.failed("poison at offset %d was dead-lettered %d times, not once per consuming service (%d)",
                        offset, parked.size(), groups.size());
            }
        }
        phase.recovered(recovered, 0);
    }

    static boolean committedPast(String group, long offset) {
        try (Admin admin = Admin.create(kafkaProps())) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS)
                    .entrySet().stream().anyMatch(e -> e.getKey().topic().equals("session.events")
                            && e.getValue() != null && e.getValue().offset() > offset);
        } catch (Exception e) {
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    static final String FORMAT = "%-34s %8s %8s %14s %8s %6s %6s %8s %8s%n";

    static void printHeader() {
        System.out.printf(FORMAT, "fault", "acked", "stored", "kafka dist/tot", "counted", "lost", "twice",
                "ready s", "writes s");
    }

    static void printLine(String name, Report r, double ready, double writes) {
        System.out.printf(FORMAT, name, r.acked, r.stored, r.kafkaDistinct + "/" + r.kafkaTotal, r.counted, r.lost,
                r.twice, ready < 0 ? "-" : String.format("%.1f", ready), String.format("%.1f", writes));
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        System.out.printf("Fault suite: REPEAT=%d service kills each, INFRA_REPEAT=%d broker/database kills, "
                + "writers pace %d ms, settle at most %d s%n", REPEAT, INFRA_REPEAT, PACE_MS, SETTLE_S);
        Patient alice = new Patient("alice"), bob = new Patient("bob"), erin = new Patient("erin");
        patients = List.of(alice, bob);
        for (Patient p : List.of(alice, bob, erin)) {
            p.token = login(p.user);
            p.tokenAt = System.nanoTime();
        }
        for (Patient p : patients) {
            String program = untilAnswered("http://localhost:8082/programs", p, "{\"templateId\":\"gentle-relief\","
                    + "\"screening\":{\"chronicOrSevere\":false,\"recentFallOrSurgery\":false}}",
                    UUID.randomUUID().toString(), null).body();
            p.programId = field(program, "id");
            p.id = field(program, "patientId");
        }
        kafka = new KafkaWatch();
        kafka.patients = Set.of(alice.id, bob.id);
        Thread watcher = new Thread(kafka, "kafka-watch");
        watcher.setDaemon(true);
        watcher.start();

        List<Phase> phases = new ArrayList<>();
        Phase steady = new Phase("steady load, no fault", 0);
        phases.add(steady);
        current = steady;
        List<Thread> writers = new ArrayList<>();
        // alice twice and bob once straight to session-service, bob once through the gateway
        for (Writer writer : List.of(new Writer(alice, SESSIONS), new Writer(alice, SESSIONS),
                new Writer(bob, SESSIONS), new Writer(bob, GATEWAY))) {
            writers.add(Thread.ofPlatform().name("writer-" + writers.size()).start(writer));
        }
        log("writing: alice x2 and bob x1 to :8083, bob x1 through the gateway");
        sleep(15_000);

        List<Runnable> faults = new ArrayList<>();
        Map<Runnable, String> names = new HashMap<>();
        for (String service : SERVICE_PORTS.keySet()) {
            Runnable f = () -> killRepeatedly(current, service, REPEAT);
            faults.add(f);
            names.put(f, "kill -9 " + service + " x" + REPEAT);
        }
        for (String part : List.of("kafka", "postgres")) {
            Runnable f = () -> killRepeatedly(current, part, INFRA_REPEAT);
            faults.add(f);
            names.put(f, "kill -9 " + (part.equals("kafka") ? "broker" : "PostgreSQL") + " x" + INFRA_REPEAT);
        }
        Runnable keycloak = () -> run(() -> keycloakDown(current, alice));
        Runnable rebuild = () -> run(() -> killDuringRebuild(current, erin));
        Runnable dupes = () -> run(() -> duplicates(current, alice));
        Runnable poison = () -> run(() -> poison(current));
        faults.addAll(List.of(keycloak, rebuild, dupes, poison));
        names.put(keycloak, "Keycloak down (kill -9)");
        names.put(rebuild, "kill -9 analytics during rebuild");
        names.put(dupes, "duplicate submissions");
        names.put(poison, "poison records on session.events");
        String only = System.getenv("ONLY");

        Phase previous = steady;
        for (Runnable fault : faults) {
            if (only != null && !names.get(fault).contains(only)) {
                continue;
            }
            Phase phase = new Phase(names.get(fault), phases.size());
            phases.add(phase);
            current = phase; // from here on, writes belong to the next fault, so the previous one can settle
            previous.report = settle(previous);
            logReport(previous);
            log("%s", phase.name);
            fault.run();
            previous = phase;
        }
        writing = false;
        for (Thread writer : writers) {
            writer.join(60_000);
        }
        previous.report = settle(previous);
        logReport(previous);
        Report totals = null;
        for (int attempt = 0; attempt < 3 && totals == null; attempt++) {
            try {
                forgetConfirmed();
                ALL.forEach(w -> w.stored = false);
                totals = evaluate(null, false);
            } catch (SQLException e) {
                sleep(5000);
            }
        }
        double minutes = seconds(started, System.nanoTime()) / 60;

        System.out.println();
        System.out.println("stored = rows in session.session_set for the acknowledged ids; kafka = set events on "
                + "session.events for them (distinct CloudEvent ids / records); counted = in analytics' processed "
                + "events; lost = acknowledged but not stored, or stored but never counted (including earlier "
                + "writes that became so during the fault); twice = sets analytics counted more than once; "
                + "ready = worst time from a fault until the part was ready again; writes = worst time until writes "
                + "were answered again");
        printHeader();
        boolean checksFailed = false;
        for (Phase phase : phases) {
            printLine(phase.name, phase.report, phase.readyMax, phase.writesMax);
            checksFailed |= phase.checksFailed;
        }
        printLine("TOTAL (all writes, checked again)", totals, -1,
                phases.stream().mapToDouble(p -> p.writesMax).max().orElse(0));
        System.out.println();
        for (Phase phase : phases) {
            for (String note : phase.notes) {
                System.out.println("  " + phase.name + ": " + note);
            }
        }
        System.out.printf("  refused writes (4xx): %d, of which stored anyway: %d%n", totals.refused,
                totals.refusedButStored);
        for (String example : totals.lostExamples) {
            System.out.println("  lost: " + example);
        }
        long attempts = ALL.stream().mapToLong(w -> w.attempts).sum();
        System.out.printf("  %d writes in %d attempts; run time %.1f min%n", ALL.size(), attempts, minutes);
        kafka.running = false;
        if (totals.lost > 0 || totals.twice > 0) {
            System.out.println("RESULT: writes were lost or counted twice");
            System.exit(1);
        }
        if (checksFailed) {
            System.out.println("RESULT: nothing lost or counted twice, but some checks failed (see FAILED CHECK)");
            System.exit(2);
        }
        System.out.println("RESULT: nothing lost, nothing counted twice");
        System.exit(0);
    }

    static void logReport(Phase phase) {
        Report r = phase.report;
        log("settled %s: acked %d, stored %d, kafka %d/%d, counted %d, lost %d, twice %d, refused %d",
                phase.name, r.acked, r.stored, r.kafkaDistinct, r.kafkaTotal, r.counted, r.lost, r.twice, r.refused);
    }

    interface Step {
        void run() throws Exception;
    }

    static void run(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            current.failed("%s", e);
        }
    }
}
