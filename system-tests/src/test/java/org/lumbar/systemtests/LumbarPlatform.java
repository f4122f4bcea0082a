package org.lumbar.systemtests;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.lumbar.testing.KafkaBroker;
import org.lumbar.testing.TestRealm;
import org.lumbar.testing.TestDatabase;
import org.lumbar.testing.TestTokens;

/**
 * The four packaged services started as separate JVMs, as ./run.sh starts them, against a real in-process Kafka
 * broker and a fresh database of their own on the test PostgreSQL ({@link TestDatabase}); tokens are verified with
 * the test key instead of a Keycloak, and session-service gets its client-credentials tokens for program-service, and
 * program-service its patient look-ups, from the in-process {@link TestRealm}.
 */
final class LumbarPlatform implements AutoCloseable {

    /** The header of a record a test put on a topic itself (a poison record), which no service published. */
    static final String INJECTED_BY_TEST = "lumbar-test-injected";

    static final List<String> SERVICES = List.of("catalog-service", "program-service", "session-service",
            "analytics-service");

    private static final AtomicInteger PLATFORMS = new AtomicInteger();

    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final List<Process> processes = new ArrayList<>();

    int port(String service) {
        return ports.get(service);
    }

    String url(String service) {
        return "http://localhost:" + port(service);
    }

    static LumbarPlatform start() throws IOException, InterruptedException {
        LumbarPlatform platform = new LumbarPlatform();
        try {
            platform.launch();
            return platform;
        } catch (IOException | InterruptedException | RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    private void launch() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("lumbar.root", ".."));
        Path work = root.resolve("system-tests/target/platform");
        Files.createDirectories(work);
        String database = TestDatabase.createDatabase("platform_" + PLATFORMS.incrementAndGet());
        String java = ProcessHandle.current().info().command().orElse("java");
        String bootstrap = KafkaBroker.bootstrapServers();
        for (String service : SERVICES) {
            ports.put(service, freePort());
        }
        for (String service : SERVICES) {
            Path jar = root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing; package the services first (./mvnw verify does)");
            }
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                    "-Dquarkus.http.port=" + port(service),
                    "-Dkafka.bootstrap.servers=" + bootstrap,
                    "-Dquarkus.oidc.public-key=" + TestTokens.publicKey(),
                    "-Dquarkus.oidc.auth-server-url=",
                    "-Dlumbar.db.url=" + database,
                    "-Dlumbar.db.user=" + TestDatabase.user(),
                    "-Dlumbar.db.password=" + TestDatabase.password(),
                    "-Dlumbar.program.url=" + url("program-service")));
            if (service.equals("session-service") || service.equals("program-service")) {
                command.add("-Dquarkus.oidc-client.token-path=" + TestRealm.shared().url());
                command.add("-Dquarkus.rest-client.identity-provider.url=" + TestRealm.shared().adminUrl());
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve(service + ".log").toFile());
            builder.environment().put("LUMBAR_SERVICES_SECRET", TestTokens.SERVICE_CLIENT_SECRET);
            processes.add(builder.start());
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        for (String service : SERVICES) {
            while (!ready(http, service)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " was not ready in time; see " + work.resolve(service + ".log"));
                }
                Process process = processes.get(SERVICES.indexOf(service));
                if (!process.isAlive()) {
                    throw new IllegalStateException(service + " stopped; see " + work.resolve(service + ".log"));
                }
                Thread.sleep(500);
            }
        }
    }

    private boolean ready(HttpClient http, String service) throws InterruptedException {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops one service, as an operator or a crash would; the others keep running. */
    void stop(String service) throws InterruptedException {
        Process process = processes.get(SERVICES.indexOf(service));
        process.destroy();
        if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768 and up): a port the kernel hands out with {@code new
     * ServerSocket(0)} comes from that range, and an outgoing connection of another process (Kafka clients open
     * many while the services start) can take it before the service binds it, which stops the service.
     */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int candidate = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(candidate)) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
