package org.lumbar.commons.idempotency;

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

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.persistence.GroupedWrites;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Applies a write once per {@code Idempotency-Key}: the first request runs and its answer is stored in the same
 * transaction as the write; a repeat with the same body gets the stored answer and changes nothing; a repeat
 * with a different body is a conflict. Keys are scoped to the caller, so two users cannot collide.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    /** What a write produced: a new resource (with where it lives) or a change to one, and the result to show. */
    public record Written(boolean created, String location, Object result) {

        public static Written created(String location, Object result) {
            return new Written(true, location, result);
        }

        public static Written changed(Object result) {
            return new Written(false, null, result);
        }
    }

    /**
     * The answer to a write: its result as JSON (serialized once, and stored when the write carried a key), and
     * whether it repeats the answer to an earlier request with the same key.
     */
    public record Answer(boolean created, String location, String json, boolean replayed) {
    }

    private final ObjectMapper json;
    private final GroupedWrites groupedWrites;

    public IdempotentRequests(ObjectMapper json, GroupedWrites groupedWrites) {
        this.json = json;
        this.groupedWrites = groupedWrites;
    }

    /**
     * @param request what identifies the operation and its input, e.g. the operation's name, its target and body
     * @param write performs the change; runs in this method's transaction
     */
    @Transactional
    public Answer apply(String callerId, String key, Object request, Supplier<Written> write) {
        if (key == null) {
            return answer(write.get());
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
            return previous.answer();
        }
        Answer answer = answer(write.get());
        IdempotencyRecord.of(id, fingerprint, answer).persist();
        groupedWrites.written(IdempotencyRecord.class, id);
        // a key used twice at once fails here, as a conflict (in a grouped transaction, a later write of the same
        // key finds this record and replays it)
        groupedWrites.flushUnlessGrouped();
        return answer;
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

    private Answer answer(Written written) {
        return new Answer(written.created(), written.location(),
                written.result() == null ? null : write(written.result()), false);
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
