package org.lumbar.commons.rest;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import org.lumbar.commons.http.ApiField;
import org.lumbar.commons.http.JsonProblems;
import org.lumbar.commons.http.Problem;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.persistence.ConstraintViolations;

/** Every error a Lumbar service answers is {@code application/problem+json}; security refusals: {@link SecurityProblems}. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.toProblem());
    }

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e) {
        return violations(e);
    }

    @ServerExceptionMapper
    public Response violations(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message()).collect(Collectors.joining("; "));
        return respond(new Problem("about:blank", "Bad Request", 400, detail, errors));
    }

    /** Replaces Quarkus' own answer for Jackson binding errors, which is not problem+json. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(JsonProblems.of(e));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json);
        }
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            LOG.error("Request failed", e);
        }
        if (original.getStatus() == 415) {
            return respond(ContentTypes.unsupported());
        }
        Response.StatusType status = original.getStatusInfo();
        return Response.fromResponse(original)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), e.getMessage(), List.of()))
                .type(Problem.MEDIA_TYPE).build();
    }

    /** A unique constraint caught a write that raced a twin: the first one won, this one is a conflict. */
    @ServerExceptionMapper
    public Response persistence(jakarta.persistence.PersistenceException e) {
        if (ConstraintViolations.causedBy(e)) {
            return respond(new Problem("about:blank", "Conflict", 409,
                    "The same thing was just recorded by another request", List.of()));
        }
        return unexpected(e);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return respond(new Problem("about:blank", "Internal Server Error", 500, "Something went wrong on our side", List.of()));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /**
     * The request field a violation is about, as a path into the body ({@code items[0].sets}) in API names, without
     * the method and parameter names; for a query or header parameter, its name. A cross-field check
     * ({@code @AssertTrue @JsonIgnore boolean isX()}) is no field: it names its {@link ApiField}, or the object that
     * holds it ({@code body} at the top).
     */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        boolean inBody = false;
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            ElementKind kind = node.getKind();
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue;
            }
            inBody = true;
            if (node.isInIterable() && field.length() > 0) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            String name = node.getName();
            if (i == nodes.size() - 1 && kind == ElementKind.PROPERTY) {
                name = apiName(violation.getLeafBean(), name);
            }
            if (name != null && !name.startsWith("<")) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(name);
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        if (inBody) {
            return "body";
        }
        // a parameter such as a query or header value: the last node is the parameter itself
        return nodes.isEmpty() ? "request" : nodes.get(nodes.size() - 1).getName();
    }

    /** The API name of a property of {@code bean}, or null for a check that is no field of its own. */
    private static String apiName(Object bean, String property) {
        if (bean == null || property == null) {
            return property;
        }
        String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (String getter : List.of("is" + capitalized, "get" + capitalized)) {
            try {
                java.lang.reflect.Method method = bean.getClass().getMethod(getter);
                ApiField reported = method.getAnnotation(ApiField.class);
                if (reported != null) {
                    return reported.value();
                }
                if (method.isAnnotationPresent(JsonIgnore.class)) {
                    return null;
                }
            } catch (NoSuchMethodException e) {
                // not this form of getter
            }
        }
        return property;
    }
}
