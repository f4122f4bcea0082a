package org.lumbar.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The parts of the {@code lumbar} realm that services call, in-process, for tests without a Keycloak:
 * <ul>
 * <li>the token endpoint, for the client-credentials grant only: it checks the client id and secret of
 * {@code lumbar-services} (HTTP Basic, as quarkus-oidc-client sends them, or form fields) and answers a
 * {@link TestTokens#forService() service token} signed with the test key ({@link #url()});</li>
 * <li>the admin API's user and realm-role reads for the {@link DemoUser demo users}, for a bearer service token
 * ({@link #adminUrl()}); any other id is not found, as in Keycloak.</li>
 * </ul>
 */
public final class TestRealm implements AutoCloseable {

    public static final String PATH = "/realms/lumbar/protocol/openid-connect/token";
    public static final String ADMIN_PATH = "/admin/realms/lumbar";

    private static TestRealm shared;

    private final HttpServer server;
    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();

    private TestRealm(HttpServer server) {
        this.server = server;
    }

    /** One endpoint per test JVM, started on a free port on first use. */
    public static synchronized TestRealm shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static TestRealm start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestRealm endpoint = new TestRealm(server);
            server.createContext(PATH, endpoint::token);
            server.createContext(ADMIN_PATH + "/users/", endpoint::user);
            server.start();
            return endpoint;
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the test token endpoint", e);
        }
    }

    /** The absolute URL of the token endpoint. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + PATH;
    }

    /** The base URL of the realm's admin API (the users under it). */
    public String adminUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + ADMIN_PATH;
    }

    /** How many tokens it has issued so far. */
    public int tokensIssued() {
        return issued.get();
    }

    private void token(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                answer(exchange, 405, "{\"error\":\"invalid_request\"}");
                return;
            }
            Map<String, String> form = form(exchange.getRequestBody());
            String clientId = form.get("client_id");
            String secret = form.get("client_secret");
            String basic = exchange.getRequestHeaders().getFirst("Authorization");
            if (basic != null && basic.startsWith("Basic ")) {
                String[] pair = new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8)
                        .split(":", 2);
                clientId = URLDecoder.decode(pair[0], StandardCharsets.UTF_8);
                secret = pair.length > 1 ? URLDecoder.decode(pair[1], StandardCharsets.UTF_8) : null;
            }
            if (!TestTokens.SERVICE_CLIENT_ID.equals(clientId) || !TestTokens.SERVICE_CLIENT_SECRET.equals(secret)) {
                answer(exchange, 401, "{\"error\":\"invalid_client\"}");
                return;
            }
            if (!"client_credentials".equals(form.get("grant_type"))) {
                answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
                return;
            }
            issued.incrementAndGet();
            String token = TestTokens.forService();
            issuedTokens.add(token);
            answer(exchange, 200, "{\"access_token\":\"" + token
                    + "\",\"token_type\":\"Bearer\",\"expires_in\":300,\"scope\":\"profile email\"}");
        }
    }

    /** {@code GET users/{id}} and {@code GET users/{id}/role-mappings/realm/composite}. */
    private void user(HttpExchange exchange) throws IOException {
        try (exchange) {
            String bearer = exchange.getRequestHeaders().getFirst("Authorization");
            if (bearer == null || !bearer.startsWith("Bearer ") || !issuedTokens.contains(bearer.substring(7))) {
                answer(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
                return;
            }
            String[] path = exchange.getRequestURI().getPath().substring((ADMIN_PATH + "/users/").length()).split("/");
            DemoUser user = Arrays.stream(DemoUser.values()).filter(u -> u.id.equals(path[0])).findFirst().orElse(null);
            if (!"GET".equals(exchange.getRequestMethod()) || user == null) {
                answer(exchange, 404, "{\"error\":\"User not found\"}");
            } else if (path.length == 1) {
                answer(exchange, 200, "{\"id\":\"" + user.id + "\",\"username\":\"" + user.username
                        + "\",\"enabled\":true,\"attributes\":{" + (user.clinicId == null ? ""
                                : "\"clinic_id\":[\"" + user.clinicId + "\"]") + "}}");
            } else if (String.join("/", path).equals(user.id + "/role-mappings/realm/composite")) {
                answer(exchange, 200, "[{\"name\":\"" + user.role + "\"},{\"name\":\"default-roles-lumbar\"}]");
            } else {
                answer(exchange, 404, "{\"error\":\"Not found\"}");
            }
        }
    }

    private static Map<String, String> form(InputStream body) throws IOException {
        Map<String, String> fields = new HashMap<>();
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] nameAndValue = pair.split("=", 2);
            fields.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    nameAndValue.length > 1 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
        }
        return fields;
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
