package org.lumbar.analytics.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/** A clinic's webhook endpoint on a free local port: records every request and answers with the statuses it is told. */
public final class Receiver implements AutoCloseable {

    /** One request as received; header names in lower case. */
    public record Received(String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
    private volatile int defaultStatus = 200;

    public Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The next requests are answered with these statuses, then with the default. */
    public Receiver answer(Integer... next) {
        statuses.addAll(List.of(next));
        return this;
    }

    public Receiver answerByDefault(int status) {
        defaultStatus = status;
        return this;
    }

    public List<Received> received(String path) {
        return new ArrayList<>(received.stream().filter(r -> r.path().equals(path)).toList());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(exchange.getRequestURI().getPath(), headers,
                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Integer status = statuses.poll();
        exchange.sendResponseHeaders(status == null ? defaultStatus : status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
