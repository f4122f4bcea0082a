package org.lumbar.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The web app's own logic (offline queue, guidance display, chart data, doses, error words), tested in Chromium:
 * the app's modules straight from gateway/src/main/resources/web/app/modules and the tests in
 * src/test/resources/app-tests, served by a small HTTP server so IndexedDB and modules work as in the app.
 */
class AppLogicIT {

    private static final Path ROOT = Path.of(System.getProperty("lumbar.root", ".."));
    private static final Path MODULES = ROOT.resolve("gateway/src/main/resources/web/app/modules");
    private static final Path TESTS = ROOT.resolve("web-journeys/src/test/resources/app-tests");

    private static HttpServer server;
    private static Chromium.Session chromium;
    private static Browser browser;

    @BeforeAll
    static void serve() throws IOException {
        Chromium.required();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/app/", exchange -> file(exchange, MODULES, "/app/"));
        server.createContext("/tests/", exchange -> file(exchange, TESTS, "/tests/"));
        server.createContext("/", exchange -> send(exchange, 200, "text/html",
                "<!doctype html><title>app tests</title><script type=module src=/tests/run.js></script>".getBytes()));
        server.start();
        chromium = Chromium.Session.start();
        browser = chromium.browser();
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @TestFactory
    Stream<DynamicTest> theAppsLogicPassesItsTestsInChromium() {
        Page page = browser.newPage();
        List<String> errors = new java.util.ArrayList<>();
        page.onPageError(errors::add);
        page.navigate("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        page.waitForFunction("() => Array.isArray(window.results)", null, new Page.WaitForFunctionOptions().setTimeout(30_000));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results = (List<Map<String, Object>>) page.evaluate("() => window.results");
        assertThat(errors).as("errors on the test page").isEmpty();
        assertThat(results).as("the app's tests").hasSizeGreaterThanOrEqualTo(20);
        return results.stream().map(result -> DynamicTest.dynamicTest((String) result.get("name"), () -> assertThat(
                (Boolean) result.get("ok")).as(String.valueOf(result.get("error"))).isTrue()));
    }

    private static void file(HttpExchange exchange, Path root, String prefix) throws IOException {
        String relative = exchange.getRequestURI().getPath().substring(prefix.length());
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "not found".getBytes());
            return;
        }
        send(exchange, 200, "text/javascript", Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
