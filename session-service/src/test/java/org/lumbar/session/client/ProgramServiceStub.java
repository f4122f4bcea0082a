package org.lumbar.session.client;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lumbar.testing.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * program-service as session-service sees it when a program has not arrived over Kafka yet: {@code GET /programs/{id}}
 * answers only a service token of {@code lumbar-services} (401 for anything else, a patient's token included) and
 * serves whatever program a test put there with {@code PUT /programs/{id}}, whoever's it is, as the real one does for
 * the service role.
 */
public class ProgramServiceStub implements QuarkusTestResourceLifecycleManager {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> programs = new ConcurrentHashMap<>();
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/programs/", this::programs);
        server.start();
        return Map.of("quarkus.rest-client.program-service.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void programs(HttpExchange exchange) throws IOException {
        try (exchange) {
            String id = exchange.getRequestURI().getPath().substring("/programs/".length());
            switch (exchange.getRequestMethod()) {
                case "PUT" -> {
                    programs.put(id, exchange.getRequestBody().readAllBytes());
                    answer(exchange, 204, null);
                }
                case "GET" -> {
                    if (!isServiceToken(exchange.getRequestHeaders().getFirst("Authorization"))) {
                        answer(exchange, 401, "{\"title\":\"Unauthorized\",\"status\":401}".getBytes(StandardCharsets.UTF_8));
                    } else if (programs.containsKey(id)) {
                        answer(exchange, 200, programs.get(id));
                    } else {
                        answer(exchange, 404, "{\"title\":\"Not Found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
                    }
                }
                default -> answer(exchange, 405, null);
            }
        }
    }

    /** A bearer token with the claims of the lumbar-services service account and its service role. */
    private static boolean isServiceToken(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length != 3) {
            return false;
        }
        try {
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            boolean serviceRole = false;
            for (JsonNode role : claims.path("realm_access").path("roles")) {
                serviceRole |= TestTokens.SERVICE_ROLE.equals(role.asText());
            }
            return serviceRole && TestTokens.SERVICE_ACCOUNT_ID.equals(claims.path("sub").asText())
                    && TestTokens.SERVICE_CLIENT_ID.equals(claims.path("azp").asText());
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length);
        if (body != null) {
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
