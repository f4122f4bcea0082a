package org.lumbar.commons.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.lumbar.commons.persistence.GroupedWrites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies a write once per {@code Idempotency-Key}: the first request runs and its answer is stored in the same
 * transaction as the write; a repeat with the same body gets the stored answer and changes nothing; a repeat
 * with a different body is a 409. Keys are scoped to the caller, so two users cannot collide.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final ObjectMapper json;
    private final GroupedWrites groupedWrites;

    public IdempotentRequests(ObjectMapper json, GroupedWrites groupedWrites) {
        this.json = json;
        this.groupedWrites = groupedWrites;
    }

    /**
     * @param request what identifies the operation and its input, e.g. method, path and body
     * @param write performs the change and builds the answer; runs in this method's transaction
     */
    @Transactional
    public Response apply(String callerId, String key, Object request, Supplier<Response> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw ProblemException.badRequest(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request);
        IdempotencyRecord.Key id = new IdempotencyRecord.Key(callerId, key);
        IdempotencyRecord previous = groupedWrites.knownAbsent(IdempotencyRecord.class, id) ? null
                : IdempotencyRecord.findById(id);
        if (previous != null) {
            if (!previous.fingerprint.equals(fingerprint)) {
                throw ProblemException.conflict("Idempotency-Key " + key + " was already used for a different request");
            }
            return replay(previous);
        }
        Response answer = write.get();
        IdempotencyRecord record = new IdempotencyRecord();
        record.callerId = callerId;
        record.idempotencyKey = key;
        record.fingerprint = fingerprint;
        record.status = answer.getStatus();
        record.location = answer.getLocation() == null ? null : answer.getLocation().toString();
        record.body = answer.hasEntity() ? write(answer.getEntity()) : null;
        record.createdAt = Instant.now();
        record.persist();
        groupedWrites.written(IdempotencyRecord.class, id);
        // a key used twice at once fails here, as a 409 (in a grouped transaction, a later write of the same key
        // finds this record and replays it)
        groupedWrites.flushUnlessGrouped();
        return record.body == null ? answer : Response.fromResponse(answer).entity(record.body)
                .type(MediaType.APPLICATION_JSON_TYPE).build(); // the stored JSON, so the answer is serialized once
    }

    /**
     * Reads the records of these keys in one query, for a grouped transaction about to apply their writes
     * ({@link GroupedWrites}): applying each then looks nothing up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void readAhead(Collection<IdempotencyRecord.Key> keys) {
        if (keys.isEmpty()) {
            return;
        }
        Set<IdempotencyRecord.Key> none = new HashSet<>(keys);
        List<IdempotencyRecord> found = IdempotencyRecord.list("callerId in ?1 and idempotencyKey in ?2",
                keys.stream().map(IdempotencyRecord.Key::callerId).distinct().toList(),
                keys.stream().map(IdempotencyRecord.Key::idempotencyKey).distinct().toList());
        found.forEach(record -> none.remove(new IdempotencyRecord.Key(record.callerId, record.idempotencyKey)));
        groupedWrites.foundNone(IdempotencyRecord.class, none);
    }

    private static Response replay(IdempotencyRecord previous) {
        Response.ResponseBuilder answer = Response.status(previous.status).header("Idempotent-Replayed", "true");
        if (previous.location != null) {
            answer.location(URI.create(previous.location));
        }
        if (previous.body != null) {
            answer.entity(previous.body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return answer.build();
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the answer of an idempotent request", e);
        }
    }
}
