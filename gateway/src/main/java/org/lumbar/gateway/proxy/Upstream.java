package org.lumbar.gateway.proxy;

import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

import org.jboss.logging.Logger;
import org.lumbar.gateway.config.GatewayConfig;
import org.lumbar.gateway.http.Problems;
import org.lumbar.observability.RequestIds;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One service behind the gateway, as a Vert.x HTTP Proxy interceptor: it maps the gateway path to the service's,
 * opens the upstream request with this service's timeouts, and turns a failure to reach the service into a
 * problem+json answer (503 unreachable, 504 too slow, 502 anything else). Bodies and answers are streamed by the
 * proxy; only the small OpenAPI document is read whole, to point its server at the gateway.
 */
final class Upstream implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Upstream.class);

    private static final String UPSTREAM_REQUEST = "lumbar.upstream-request";
    private static final String GATEWAY_ANSWER = "lumbar.gateway-answer";
    private static final String BODY_TOO_LARGE = "lumbar.body-too-large";
    private static final String DOCS = "lumbar.docs";
    private static final long MAX_DOCUMENT = 4 * 1024 * 1024;

    private final String name;
    private final String host;
    private final int port;
    private final boolean ssl;
    private final List<String> routes;
    private final boolean publicReads;
    private final long connectTimeoutMs;
    private final long responseTimeoutMs;
    private final long streamIdleTimeoutMs;
    private final long maxBodySize;
    private final MeterRegistry metrics;

    Upstream(String name, GatewayConfig.Upstream config, GatewayConfig gateway, long maxBodySize, MeterRegistry metrics) {
        URI url = config.url();
        this.name = name;
        this.ssl = "https".equalsIgnoreCase(url.getScheme());
        this.host = url.getHost();
        this.port = url.getPort() > 0 ? url.getPort() : ssl ? 443 : 80;
        this.routes = config.routes();
        this.publicReads = config.publicReads();
        this.connectTimeoutMs = config.connectTimeout().toMillis();
        this.responseTimeoutMs = config.responseTimeout().toMillis();
        this.streamIdleTimeoutMs = gateway.streamIdleTimeout().toMillis();
        this.maxBodySize = maxBodySize;
        this.metrics = metrics;
    }

    String name() {
        return name;
    }

    List<String> routes() {
        return routes;
    }

    /** Whether this request may go through without a token: API documents, and reads where the service allows. */
    boolean isPublic(HttpServerRequest request) {
        if (request.path().equals(docsPath())) {
            return true;
        }
        return publicReads && (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD);
    }

    /** Where the service's own OpenAPI document is served at the gateway. */
    String docsPath() {
        return ApiRoutes.PREFIX + "/" + name + "/q/openapi";
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        boolean docs = incoming.path().equals(docsPath());
        context.set(DOCS, docs);
        if (docs) {
            request.setURI("/q/openapi?format=json");
        } else {
            request.setURI(request.getURI().substring(ApiRoutes.PREFIX.length()));
        }
        // the browser's session cookies stay at the gateway; the service gets the access token (ApiRoutes)
        request.headers().remove(HttpHeaders.COOKIE);
        String forwardedFor = request.headers().get("X-Forwarded-For");
        String client = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress();
        request.putHeader("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        request.putHeader("X-Forwarded-Proto", incoming.scheme() == null ? "http" : incoming.scheme());
        if (incoming.authority() != null) {
            // the service sees the Host the caller used, so the absolute URLs it writes point at the gateway
            request.setAuthority(incoming.authority());
        }

        // Quarkus refuses a declared Content-Length over the limit before this point; a chunked body is counted here.
        Body body = request.getBody();
        if (body != null && body.length() < 0) {
            AtomicBoolean tooLarge = new AtomicBoolean();
            context.set(BODY_TOO_LARGE, tooLarge);
            request.setBody(Body.body(new LimitedReadStream(body.stream(), maxBodySize, () -> tooLarge.set(true)), -1));
        }

        RequestOptions options = new RequestOptions()
                .setHost(host)
                .setPort(port)
                .setSsl(ssl)
                .setConnectTimeout(connectTimeoutMs)
                .setIdleTimeout(responseTimeoutMs);
        return context.client().request(options)
                .compose(upstream -> {
                    context.set(UPSTREAM_REQUEST, upstream);
                    return request.send(upstream);
                })
                .recover(failure -> Future.succeededFuture(failed(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (Boolean.TRUE.equals(context.get(GATEWAY_ANSWER, Boolean.class))) {
            return context.sendResponse();
        }
        ProxyResponse response = context.response();
        // the gateway has already put the request id on its answer
        response.headers().remove(RequestIds.HEADER);
        String location = response.headers().get(HttpHeaders.LOCATION);
        if (location != null) {
            response.putHeader(HttpHeaders.LOCATION, gatewayLocation(location));
        }
        String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith("text/event-stream")) {
            // the stream has started: it may now stay quiet between events for much longer than an answer may take
            HttpClientRequest upstream = context.get(UPSTREAM_REQUEST, HttpClientRequest.class);
            if (upstream != null) {
                upstream.idleTimeout(streamIdleTimeoutMs);
            }
            response.putHeader("X-Accel-Buffering", "no");
        }
        if (Boolean.TRUE.equals(context.get(DOCS, Boolean.class)) && response.getStatusCode() == 200) {
            return pointDocumentAtGateway(response).compose(v -> context.sendResponse());
        }
        return context.sendResponse();
    }

    /** The service's answer to a failure to reach it, or to read its answer. */
    private ProxyResponse failed(ProxyContext context, Throwable failure) {
        ProxyRequest request = context.request();
        AtomicBoolean tooLarge = context.get(BODY_TOO_LARGE, AtomicBoolean.class);
        int status;
        String detail;
        String service = name + "-service";
        if (tooLarge != null && tooLarge.get()) {
            status = 413;
            detail = "The request body is larger than " + maxBodySize + " bytes (quarkus.http.limits.max-body-size)";
        } else if (isTimeout(failure)) {
            status = 504;
            HttpMethod method = request.getMethod();
            detail = service + " did not answer in time"
                    + (method == HttpMethod.GET || method == HttpMethod.HEAD ? ""
                            : "; the change may or may not have been applied. Retry with the same Idempotency-Key to be safe");
        } else if (isUnreachable(failure)) {
            status = 503;
            detail = service + " is not reachable right now; try again shortly";
        } else {
            status = 502;
            detail = service + " closed the connection or answered something the gateway could not read";
        }
        if (status == 413) {
            LOG.debugf("%s %s -> %s: body over the limit", request.getMethod(), request.getURI(), service);
        } else {
            LOG.warnf("%s %s -> %s answered %d: %s", request.getMethod(), request.getURI(), service, status, failure);
            failures(metrics, name, status).increment();
        }
        context.set(GATEWAY_ANSWER, true);
        Buffer problem = Problems.body(status, detail);
        ProxyResponse response = request.release().response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == 503) {
            response.putHeader(HttpHeaders.RETRY_AFTER, "5");
        }
        if (status == 413) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        return response.setBody(Body.body(problem));
    }

    /** The gateway's own answers for a service, by status (502, 503, 504). */
    static Counter failures(MeterRegistry metrics, String service, int status) {
        return Counter.builder("lumbar_gateway_upstream_failures_total")
                .description("Requests the gateway answered itself because the service was unreachable, slow or broken")
                .tag("service", service).tag("status", Integer.toString(status))
                .register(metrics);
    }

    static boolean isTimeout(Throwable failure) {
        return causedBy(failure, cause -> cause instanceof TimeoutException || cause instanceof ConnectTimeoutException);
    }

    static boolean isUnreachable(Throwable failure) {
        return causedBy(failure, cause -> cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof ClosedChannelException);
    }

    private static boolean causedBy(Throwable failure, Predicate<Throwable> kind) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (kind.test(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A service names its own paths ({@code /sessions/1}); through the gateway they live under {@code /api}. */
    String gatewayLocation(String location) {
        URI uri;
        try {
            uri = URI.create(location);
        } catch (IllegalArgumentException e) {
            return location;
        }
        String path = uri.getRawPath();
        if (path == null || !owns(path)) {
            return location;
        }
        StringBuilder rewritten = new StringBuilder();
        if (uri.getScheme() != null && uri.getRawAuthority() != null) {
            rewritten.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
        }
        rewritten.append(ApiRoutes.PREFIX).append(path);
        if (uri.getRawQuery() != null) {
            rewritten.append('?').append(uri.getRawQuery());
        }
        return rewritten.toString();
    }

    private boolean owns(String path) {
        for (String route : routes) {
            if (path.equals(route) || path.startsWith(route + "/")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the gateway as the document's server, so "Try it out" in the gateway's Swagger UI calls
     * {@code /api/...}. The document is small; it is read whole.
     */
    private Future<Void> pointDocumentAtGateway(ProxyResponse response) {
        Promise<Void> done = Promise.promise();
        Buffer document = Buffer.buffer();
        ReadStream<Buffer> stream = response.getBody().stream();
        stream.exceptionHandler(done::tryFail);
        stream.handler(chunk -> {
            if (document.length() + chunk.length() > MAX_DOCUMENT) {
                done.tryFail("OpenAPI document too large");
                return;
            }
            document.appendBuffer(chunk);
        });
        stream.endHandler(v -> {
            try {
                JsonObject json = document.toJsonObject();
                json.put("servers", new JsonArray().add(new JsonObject()
                        .put("url", ApiRoutes.PREFIX)
                        .put("description", "Lumbar gateway")));
                response.headers().remove(HttpHeaders.CONTENT_LENGTH);
                response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json");
                response.setBody(Body.body(json.toBuffer()));
                done.tryComplete();
            } catch (RuntimeException e) {
                done.tryFail(e);
            }
        });
        stream.resume();
        return done.future();
    }
}
