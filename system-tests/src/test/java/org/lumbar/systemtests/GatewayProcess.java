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
import java.util.concurrent.TimeUnit;

import org.lumbar.testing.TestTokens;

/** The packaged gateway in front of a {@link LumbarPlatform}, started as ./run.sh starts it. */
final class GatewayProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private GatewayProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    String url() {
        return "http://localhost:" + port;
    }

    Path log() {
        return log;
    }

    static GatewayProcess start(LumbarPlatform platform) throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("lumbar.root", ".."));
        Path work = root.resolve("system-tests/target/platform");
        Files.createDirectories(work);
        Path jar = root.resolve("gateway/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing; package the gateway first (./mvnw verify does)");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = work.resolve("gateway.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx128m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.oidc.public-key=" + TestTokens.publicKey(),
                "-Dquarkus.oidc.auth-server-url=",
                "-Dlumbar.catalog.url=" + platform.url("catalog-service"),
                "-Dlumbar.program.url=" + platform.url("program-service"),
                "-Dlumbar.session.url=" + platform.url("session-service"),
                "-Dlumbar.analytics.url=" + platform.url("analytics-service"),
                "-Dlumbar.gateway.services.analytics.response-timeout=3s",
                "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        GatewayProcess gateway = new GatewayProcess(process, port, log);
        try {
            gateway.awaitReady();
            return gateway;
        } catch (InterruptedException | RuntimeException e) {
            gateway.close();
            throw e;
        }
    }

    private void awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the gateway stopped; see " + log);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the gateway was not ready in time; see " + log);
            }
            Thread.sleep(300);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
