package org.lumbar.commons.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.lumbar.commons.http.Problem;

/**
 * An operation that reads a JSON body reads it only when the request says it is JSON: without {@code Content-Type}
 * the REST layer would read any body as JSON, and with another type it answers 415 without naming the header. Both
 * are 415 problem+json naming {@code Content-Type}.
 */
public class ContentTypes {

    public static final String HEADER = HttpHeaders.CONTENT_TYPE;
    static final String MESSAGE = "must be application/json";

    private final Map<Method, Boolean> readsBody = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public Response requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !readsBody.computeIfAbsent(method, ContentTypes::hasBodyParameter)) {
            return null;
        }
        String contentType = request.getHeaderString(HEADER);
        if (contentType == null || contentType.isBlank() || !isJson(contentType)) {
            return ProblemMappers.respond(unsupported());
        }
        return null;
    }

    public static Problem unsupported() {
        return new Problem("about:blank", "Unsupported Media Type", 415, HEADER + ": " + MESSAGE,
                List.of(new Problem.FieldError(HEADER, MESSAGE)));
    }

    static boolean isJson(String contentType) {
        try {
            MediaType type = MediaType.valueOf(contentType);
            return "application".equalsIgnoreCase(type.getType())
                    && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A parameter that is neither a path, query, header... parameter nor a context object is the body. */
    static boolean hasBodyParameter(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (isFrameworkType(parameter.getType())) {
                continue;
            }
            boolean bound = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                String pkg = annotation.annotationType().getPackageName();
                if (pkg.equals("jakarta.ws.rs") || pkg.startsWith("jakarta.ws.rs.core")
                        || pkg.startsWith("org.jboss.resteasy.reactive")) {
                    bound = true;
                }
            }
            if (!bound) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrameworkType(Class<?> type) {
        String name = type.getName();
        return name.startsWith("io.vertx.") || name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.")
                || name.startsWith("io.quarkus.");
    }
}
