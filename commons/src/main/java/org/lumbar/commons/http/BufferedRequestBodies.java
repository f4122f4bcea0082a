package org.lumbar.commons.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads the body of every POST, PUT and PATCH on the event loop before the REST layer sees the request. Without it a
 * blocking endpoint reads its JSON body from the worker thread through the connection, and the event loop and the
 * worker contend for the connection's lock on every request: under load that cost session-service about a quarter of
 * its CPU. The REST layer takes a body that is already read as it is. The limit is Quarkus's own body limit.
 * <p>
 * The body buffer is allocated up front so that a POST without a body gets an empty one: without it the handler leaves
 * no body, and the REST layer waits for one on a request that has already been read (pause without a reason hung).
 */
@ApplicationScoped
public class BufferedRequestBodies {

    private final long maxBodySize;

    public BufferedRequestBodies(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize) {
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void readBodiesUpFront(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_BODY_HANDLER)
                .method(HttpMethod.POST).method(HttpMethod.PUT).method(HttpMethod.PATCH)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize).setPreallocateBodyBuffer(true));
    }
}
