package org.lumbar.gateway.http;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Request headers over {@code lumbar.http.max-header-size} (431) and a request line over
 * {@code lumbar.http.max-request-line} (414), answered as problem+json naming the limit, as the services do (their
 * commons HttpLimits). Vert.x answers requests over its own limits ({@code quarkus.http.limits.max-header-size},
 * {@code max-initial-line-length}) itself with an empty body, before any handler sees them, so those are set well above.
 */
@ApplicationScoped
public class RequestLimits {

    private final long maxHeaderSize;
    private final int maxRequestLine;

    public RequestLimits(@ConfigProperty(name = "lumbar.http.max-header-size", defaultValue = "20K") MemorySize maxHeaderSize,
            @ConfigProperty(name = "lumbar.http.max-request-line", defaultValue = "4096") int maxRequestLine) {
        this.maxHeaderSize = maxHeaderSize.asLongValue();
        this.maxRequestLine = maxRequestLine;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        int line = request.method().name().length() + request.uri().length() + 10;
        if (line > maxRequestLine) {
            refuse(context, 414, "request line", "The request line (method, path and query) is longer than "
                    + maxRequestLine + " bytes (lumbar.http.max-request-line)");
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headers > maxHeaderSize) {
            refuse(context, 431, "headers", "The request headers are larger than " + maxHeaderSize
                    + " bytes (lumbar.http.max-header-size)");
            return;
        }
        context.next();
    }

    private static void refuse(RoutingContext context, int status, String field, String detail) {
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        context.response().endHandler(v -> context.request().connection().close());
        Problems.send(context.response(), status, detail, field);
    }
}
