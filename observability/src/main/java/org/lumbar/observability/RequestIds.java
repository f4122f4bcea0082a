package org.lumbar.observability;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Every request has an {@code X-Request-Id}: the one the gateway (or any caller) sent when it is sensible, a new
 * UUID otherwise. It is answered back, and put in the logging context as {@code requestId}, so every log line
 * written for the request carries it (the console format prints it, JSON logs have it under {@code mdc}). In the
 * gateway the id goes on to the service (the proxy copies request headers); the filter runs before authentication,
 * so refusals carry the id too.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    /** Ids a caller may choose: short, and nothing that could forge a log line or a header. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = rc.request().getHeader(HEADER);
            if (id == null || !ACCEPTABLE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
                rc.request().headers().set(HEADER, id);
            }
            rc.response().putHeader(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        }, 3000);
    }
}
