import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Java half of bench/analytics-replay.sh. {@code --mode=keys} writes a key pair for the service's token check;
 * {@code --mode=run} replays a synthetic history (patients x weeks) through Kafka into a running analytics-service and
 * prints events consumed per second and the latency of the adherence and trend queries at about 1 k and at all stored
 * events.
 * <p>
 * Each patient has one program (daily, or 3-4 times a week on non-consecutive days) and one or two sessions a week;
 * a session is 5 events: started, pain before, one set, pain after, completed. With 10,000 patients x 12 weeks that is
 * 10,000 program events and 1,000,000 session events, produced patient by patient.
 */
public class AnalyticsReplayBenchmark {

    private static final String CLINIC = "clinic-bench";
    private static final LocalDate START = LocalDate.of(2026, 1, 5); // Monday of 2026-W02
    private static final String ISSUER = "http://localhost:8180/realms/lumbar";
    private static final Pattern CONSUMED = Pattern.compile("^lumbar_events_consumed_total\\{[^}]*\\} ([0-9.E+]+)",
            Pattern.MULTILINE);

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    AnalyticsReplayBenchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        AnalyticsReplayBenchmark bench = new AnalyticsReplayBenchmark(options);
        switch (bench.option("mode", "run")) {
            case "keys" -> bench.keys();
            case "run" -> bench.run();
            default -> throw new IllegalArgumentException("--mode=keys|run");
        }
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    private int number(String name, int fallback) {
        return Integer.parseInt(option(name, Integer.toString(fallback)));
    }

    // --- keys and tokens

    private void keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Path dir = Path.of(option("dir", "."));
        Files.writeString(dir.resolve("public.key"), Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()));
        Files.writeString(dir.resolve("private.key"), Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()));
    }

    /** A Keycloak-shaped access token of a clinician of the benchmark clinic, signed RS256. */
    private String clinicianToken() throws Exception {
        byte[] der = Base64.getDecoder().decode(Files.readString(Path.of(option("dir", "."), "private.key")).trim());
        PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"bench\"}";
        String payload = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"bench-clinician\",\"aud\":\"lumbar-api\",\"iat\":" + now
                + ",\"exp\":" + (now + 4 * 3600) + ",\"typ\":\"Bearer\",\"azp\":\"web-app\","
                + "\"preferred_username\":\"bench\",\"realm_access\":{\"roles\":[\"clinician\"]},\"clinic_id\":\"" + CLINIC
                + "\"}";
        String signingInput = base64Url(header) + "." + base64Url(payload);
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    // --- the run

    private void run() throws Exception {
        int patients = number("patients", 10_000);
        int weeks = number("weeks", 12);
        int firstStep = number("first-step", 1_000);
        int queries = number("queries", 2_000);
        String service = option("service", "http://localhost:18084");
        String bearer = "Bearer " + clinicianToken();

        System.out.printf(Locale.ROOT, "Synthetic history: %,d patients x %d weeks%n", patients, weeks);
        long already = consumed(service);
        try (KafkaProducer<String, String> producer = producer()) {
            History history = new History(patients, weeks);

            // step 1: the first ~1 k events, then the queries on the patients they cover
            int sent = history.send(producer, firstStep);
            producer.flush();
            awaitConsumed(service, already + sent, Duration.ofMinutes(5));
            int covered = Math.max(1, history.completePatients());
            System.out.printf(Locale.ROOT, "%nAt %,d stored events (%d patients complete)%n", sent, covered);
            Latency small = queries(service, bearer, covered, weeks, queries);

            // step 2: everything else, consumed as fast as the service can
            double cpuBefore = cpuSeconds();
            String loadBefore = loadAverage();
            long started = System.nanoTime();
            int rest = history.send(producer, Integer.MAX_VALUE);
            producer.flush();
            double produceSeconds = (System.nanoTime() - started) / 1e9;
            long target = already + sent + rest;
            awaitConsumed(service, target, Duration.ofHours(2));
            double consumeSeconds = (System.nanoTime() - started) / 1e9;
            double cpu = cpuSeconds() - cpuBefore;
            int total = sent + rest;
            System.out.printf(Locale.ROOT, "%nReplayed %,d more events: produced in %.1f s (%,.0f events/s), consumed in "
                    + "%.1f s%n", rest, produceSeconds, rest / produceSeconds, consumeSeconds);
            double rate = rest / consumeSeconds;

            System.out.printf(Locale.ROOT, "%nAt %,d stored events (%,d patients)%n", total, patients);
            Latency large = queries(service, bearer, patients, weeks, queries);

            System.out.printf(Locale.ROOT, "%nResults%n");
            System.out.printf(Locale.ROOT, "  consumed                 %,.0f events/s (target >= 5,000)%n", rate);
            if (cpu > 0) {
                System.out.printf(Locale.ROOT, "  service CPU              %.1f s for %,d events: %,.0f events per CPU-second "
                        + "(%.0f%% of one core)%n", cpu, rest, rest / cpu, 100 * cpu / consumeSeconds);
            }
            System.out.printf(Locale.ROOT, "  load average             %s before, %s after the replay (%d cores)%n", loadBefore,
                    loadAverage(), Runtime.getRuntime().availableProcessors());
            System.out.printf(Locale.ROOT, "  adherence series   p50   %6.2f ms at 1 k   %6.2f ms at %s%n", small.adherenceP50,
                    large.adherenceP50, size(total));
            System.out.printf(Locale.ROOT, "  adherence series   p99   %6.2f ms at 1 k   %6.2f ms at %s  (x%.2f)%n",
                    small.adherenceP99, large.adherenceP99, size(total), large.adherenceP99 / small.adherenceP99);
            System.out.printf(Locale.ROOT, "  pain trend         p50   %6.2f ms at 1 k   %6.2f ms at %s%n", small.trendP50,
                    large.trendP50, size(total));
            System.out.printf(Locale.ROOT, "  pain trend         p99   %6.2f ms at 1 k   %6.2f ms at %s  (x%.2f)%n",
                    small.trendP99, large.trendP99, size(total), large.trendP99 / small.trendP99);
            System.out.printf(Locale.ROOT, "  (targets: p99 under 20 ms, at most x1.20 from 1 k to 1 M)%n");
        }
    }

    /** User + system CPU seconds of the service process so far (Linux /proc), 0 when unknown. */
    private double cpuSeconds() {
        String pid = option("service-pid", "");
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0; // utime, stime in 1/100 s
        } catch (Exception e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static String size(int events) {
        return events >= 1_000_000 ? String.format(Locale.ROOT, "%.2f M", events / 1e6)
                : String.format(Locale.ROOT, "%,d", events);
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, option("kafka", "127.0.0.1:19092"));
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private long consumed(String service) throws Exception {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(service + "/q/metrics"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CONSUMED.matcher(metrics.body());
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return (long) total;
    }

    private void awaitConsumed(String service, long target, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        long last = -1;
        long lastPrint = System.nanoTime();
        while (true) {
            long now = consumed(service);
            if (now >= target) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Only " + now + " of " + target + " events consumed in " + patience);
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                System.out.printf(Locale.ROOT, "  ... %,d of %,d consumed%n", now, target);
                lastPrint = System.nanoTime();
            }
            last = now;
            Thread.sleep(last < target - 10_000 ? 1000 : 100);
        }
    }

    record Latency(double adherenceP50, double adherenceP99, double trendP50, double trendP99) {
    }

    /** One client, one request at a time: the adherence series and the pain trend of random patients. */
    private Latency queries(String service, String bearer, int patients, int weeks, int count) throws Exception {
        Random random = new Random(7);
        String from = "2026-W02";
        String to = String.format(Locale.ROOT, "2026-W%02d", 1 + weeks);
        for (int i = 0; i < count; i++) { // warm-up: as many of each as are measured
            get(service + "/patients/" + History.patientId(random.nextInt(patients)) + "/adherence?from=" + from + "&to=" + to,
                    bearer);
            get(service + "/patients/" + History.patientId(random.nextInt(patients)) + "/pain-trend?from=" + from + "&to="
                    + to, bearer);
        }
        double[] adherence = new double[count];
        double[] trend = new double[count];
        for (int i = 0; i < count; i++) {
            adherence[i] = get(service + "/patients/" + History.patientId(random.nextInt(patients)) + "/adherence?from="
                    + from + "&to=" + to, bearer);
            trend[i] = get(service + "/patients/" + History.patientId(random.nextInt(patients)) + "/pain-trend?from=" + from
                    + "&to=" + to, bearer);
        }
        Arrays.sort(adherence);
        Arrays.sort(trend);
        Latency latency = new Latency(percentile(adherence, 50), percentile(adherence, 99), percentile(trend, 50),
                percentile(trend, 99));
        System.out.printf(Locale.ROOT, "  %,d adherence series: p50 %.2f ms, p99 %.2f ms; %,d pain trends: p50 %.2f ms, "
                + "p99 %.2f ms%n", count, latency.adherenceP50, latency.adherenceP99, count, latency.trendP50,
                latency.trendP99);
        return latency;
    }

    private double get(String url, String bearer) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", bearer)
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - started) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return millis;
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The synthetic history, generated patient by patient in the order it is produced. */
    static final class History {

        private final int patients;
        private final int weeks;
        private final Random random = new Random(42);
        private final List<String[]> pending = new ArrayList<>(); // topic, key, type, json
        private int nextPatient;
        private int complete;

        History(int patients, int weeks) {
            this.patients = patients;
            this.weeks = weeks;
        }

        static String patientId(int index) {
            return String.format(Locale.ROOT, "bench-%06d", index);
        }

        int completePatients() {
            return complete;
        }

        /** Produces up to {@code max} events (whole patients, at least one); @return how many */
        int send(KafkaProducer<String, String> producer, int max) {
            int sent = 0;
            while (nextPatient < patients && sent < max) {
                generate(nextPatient++);
                for (String[] event : pending) {
                    ProducerRecord<String, String> record = new ProducerRecord<>(event[0], event[1], event[3]);
                    record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                    record.headers().add("ce_type", event[2].getBytes(StandardCharsets.UTF_8));
                    record.headers().add("ce_source", "/lumbar/bench".getBytes(StandardCharsets.UTF_8));
                    record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
                    record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
                    producer.send(record);
                }
                sent += pending.size();
                pending.clear();
                complete++;
            }
            return sent;
        }

        private void generate(int index) {
            String patient = patientId(index);
            UUID program = UUID.randomUUID();
            boolean daily = index % 2 == 0;
            String schedule = daily
                    ? "{\"kind\":\"DAILY\",\"timesPerDay\":1,\"minPerWeek\":null,\"maxPerWeek\":null,\"nonConsecutive\":false,\"weekdays\":[]}"
                    : "{\"kind\":\"WEEKLY\",\"timesPerDay\":null,\"minPerWeek\":3,\"maxPerWeek\":4,\"nonConsecutive\":true,\"weekdays\":[]}";
            add("program.events", patient, "lumbar.program.assigned.v1", "{\"programId\":\"" + program + "\",\"version\":1,"
                    + "\"patientId\":\"" + patient + "\",\"clinicId\":\"" + CLINIC + "\",\"clinicianId\":null,"
                    + "\"templateId\":\"core-strengthening\",\"timeZone\":\"UTC\",\"startDate\":\"" + START + "\","
                    + "\"endDate\":null,\"schedule\":" + schedule + ",\"items\":[{\"exercise\":\"glute-bridge\",\"sets\":2,"
                    + "\"reps\":12,\"holdSeconds\":null,\"perSide\":false,\"notes\":null}],\"assignedAt\":\""
                    + START.atStartOfDay().toInstant(ZoneOffset.UTC) + "\"}");
            int basePain = 4 + random.nextInt(4);
            for (int week = 0; week < weeks; week++) {
                int sessions = (week + index) % 3 == 0 ? 1 : 2;
                for (int s = 0; s < sessions; s++) {
                    LocalDate day = START.plusDays(7L * week + 3L * s);
                    Instant at = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
                    String session = UUID.randomUUID().toString();
                    int before = clamp(basePain - week / 3 + random.nextInt(3) - 1);
                    int after = clamp(before - 1 - random.nextInt(2));
                    add("session.events", patient, "lumbar.session.started.v1", "{\"sessionId\":\"" + session
                            + "\",\"patientId\":\"" + patient + "\",\"programId\":\"" + program + "\",\"programVersion\":1,"
                            + "\"plannedDate\":\"" + day + "\",\"startedAt\":\"" + at + "\"}");
                    add("session.events", patient, "lumbar.session.pain-reported.v1", pain(session, patient, before,
                            "before", at.plusSeconds(30)));
                    add("session.events", patient, "lumbar.session.set-completed.v1", "{\"sessionId\":\"" + session
                            + "\",\"patientId\":\"" + patient + "\",\"exercise\":\"glute-bridge\",\"setNumber\":1,"
                            + "\"side\":\"both\",\"reps\":" + (10 + week / 2) + ",\"holdSeconds\":null,\"occurredAt\":\""
                            + at.plusSeconds(120) + "\"}");
                    add("session.events", patient, "lumbar.session.pain-reported.v1", pain(session, patient, after,
                            "after", at.plusSeconds(900)));
                    add("session.events", patient, "lumbar.session.completed.v1", "{\"sessionId\":\"" + session
                            + "\",\"patientId\":\"" + patient + "\",\"programId\":\"" + program + "\",\"programVersion\":1,"
                            + "\"plannedDate\":\"" + day + "\",\"setsCompleted\":2,\"setsPrescribed\":2,\"completedAt\":\""
                            + at.plusSeconds(960) + "\"}");
                }
            }
        }

        private static String pain(String session, String patient, int score, String timing, Instant at) {
            return "{\"sessionId\":\"" + session + "\",\"patientId\":\"" + patient + "\",\"exercise\":null,\"score\":" + score
                    + ",\"timing\":\"" + timing + "\",\"quality\":\"ache\",\"location\":null,\"redFlags\":[],"
                    + "\"guidance\":\"continue\",\"alert\":false,\"occurredAt\":\"" + at + "\"}";
        }

        private void add(String topic, String key, String type, String json) {
            pending.add(new String[] { topic, key, type, json });
        }

        private static int clamp(int score) {
            return Math.max(0, Math.min(10, score));
        }
    }
}
