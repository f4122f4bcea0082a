package org.lumbar.journeys;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The platform the journeys use: the one ./run.sh already serves at localhost:8080, or else one this class starts
 * with ./run.sh itself, with its data in web-journeys/target/platform (a fresh realm, database and broker every
 * run), and stops at the end.
 */
final class Platform {

    static final String APP = "http://localhost:8080";
    static final String KEYCLOAK = "http://localhost:8180";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Process started;
    private static boolean reused;

    private Platform() {
    }

    /** Makes sure the platform answers; returns whether it was already running (its data is not fresh then). */
    static synchronized boolean ensureRunning() throws IOException, InterruptedException {
        if (started != null || reused) {
            return reused;
        }
        if (ready()) {
            reused = true;
            System.out.println("[web-journeys] using the platform already running at " + APP);
            return true;
        }
        Path root = Path.of(System.getProperty("lumbar.root", "..")).toAbsolutePath().normalize();
        Path state = root.resolve("web-journeys/target/platform");
        deleteRecursively(state);
        Files.createDirectories(state);
        Path log = state.resolve("run.log");
        System.out.println("[web-journeys] starting ./run.sh (data in " + state + ", log " + log + ")");
        ProcessBuilder builder = new ProcessBuilder("setsid", root.resolve("run.sh").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LUMBAR_STATE_DIR", state.toString());
        started = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(Platform::stop));
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!Files.readString(log).contains("Lumbar is ready")) {
            if (!started.isAlive()) {
                throw new IllegalStateException("./run.sh stopped before the platform was ready:\n" + Files.readString(log));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("./run.sh was not ready within " + START_TIMEOUT + ":\n" + Files.readString(log));
            }
            Thread.sleep(1000);
        }
        return false;
    }

    static boolean ready() {
        return answers(APP + "/q/health/ready") && answers(KEYCLOAK + "/realms/lumbar");
    }

    private static boolean answers(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static synchronized void stop() {
        if (started != null && started.isAlive()) {
            started.destroy(); // SIGTERM: run.sh stops everything it started
            try {
                if (!started.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    started.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
