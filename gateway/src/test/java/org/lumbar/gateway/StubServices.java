package org.lumbar.gateway;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.lumbar.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Stand-ins for the four services: small Vert.x servers on free ports that echo what reached them. analytics is
 * configured on a port nobody listens on (a stopped service); program has a path that never answers (a slow one);
 * session streams Server-Sent Events with a pause longer than the response timeout.
 */
public class StubServices implements QuarkusTestResourceLifecycleManager {

    static final long SSE_PAUSE_MS = 2500;

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        for (String service : List.of("catalog", "program", "session")) {
            config.put("lumbar.gateway.services." + service + ".url", "http://localhost:" + serve(service));
        }
        config.put("lumbar.gateway.services.analytics.url", "http://localhost:" + unusedPort());
        for (String service : List.of("catalog", "program", "session", "analytics")) {
            config.put("lumbar.gateway.services." + service + ".response-timeout", "1s");
            config.put("lumbar.gateway.services." + service + ".connect-timeout", "1s");
        }
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        return config;
    }

    private int serve(String service) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(service, request));
        try {
            return server.listen(0, "localhost").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .actualPort();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the " + service + " stub", e);
        }
    }

    private void handle(String service, HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/q/openapi")) {
            request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", service))
                            .put("paths", new JsonObject()).put("query", request.query()).encode());
        } else if (path.endsWith("/stream")) {
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream")
                    .write("data: one\n\n");
            vertx.setTimer(SSE_PAUSE_MS, id -> request.response().end("data: two\n\n"));
        } else if (path.endsWith("/slow")) {
            // never answers in time; gives up long after the gateway has
            vertx.setTimer(10_000, id -> {
                if (!request.response().closed()) {
                    request.response().end();
                }
            });
        } else if (path.endsWith("/created")) {
            request.body().onSuccess(body -> request.response().setStatusCode(201)
                    .putHeader("Location", "http://" + request.authority() + "/exercises/new-one")
                    .putHeader("X-Request-Id", "from-the-service").end());
        } else {
            request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("service", service)
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("cookie", request.getHeader("Cookie"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                            .put("bodyLength", body.length())
                            .encode()));
        }
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
