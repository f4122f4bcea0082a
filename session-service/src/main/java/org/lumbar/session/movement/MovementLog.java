package org.lumbar.session.movement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.outbox.Outbox;
import org.lumbar.commons.persistence.TimeOrderedIds;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.session.MovementRecorded;
import org.lumbar.session.config.SessionConfig;

/**
 * The patient's walks and other aerobic activity, stored with their event in one transaction (outbox); a record
 * whose id is already stored is answered as it was.
 */
@ApplicationScoped
public class MovementLog {

    /** How far back a record may be dated: a week's goal is judged on recent weeks. */
    static final Duration MAX_AGE = Duration.ofDays(31);

    private final Caller caller;
    private final Outbox outbox;
    private final SessionConfig config;

    public MovementLog(Caller caller, Outbox outbox, SessionConfig config) {
        this.caller = caller;
        this.outbox = outbox;
        this.config = config;
    }

    /** @return the stored record, and whether this call stored it */
    @Transactional
    public Recorded record(MovementRequest request) {
        if (!caller.isPatient()) {
            throw ProblemException.forbidden("Patients record their own walks");
        }
        if (request.id() != null) {
            Movement known = Movement.findById(request.id());
            if (known != null) {
                if (!known.patientId.equals(caller.id())) {
                    throw ProblemException.conflict("id " + request.id() + " is already used");
                }
                return new Recorded(MovementView.of(known), false);
            }
        }
        Instant now = Instant.now();
        Instant at = request.occurredAt() == null ? now : request.occurredAt();
        if (at.isAfter(now.plus(config.futureTolerance()))) {
            throw ProblemException.unprocessable("occurredAt", "is in the future");
        }
        if (at.isBefore(now.minus(MAX_AGE))) {
            throw ProblemException.unprocessable("occurredAt", "is more than " + MAX_AGE.toDays() + " days ago");
        }
        Movement movement = new Movement();
        movement.id = request.id() != null ? request.id() : TimeOrderedIds.next();
        movement.patientId = caller.id();
        movement.kind = request.kind();
        movement.minutes = request.minutes();
        movement.occurredAt = at;
        movement.recordedAt = now;
        movement.persist();
        outbox.enqueue(new MovementRecorded(movement.id, movement.patientId, movement.kind, movement.minutes, at),
                movement.patientId, movement.id.toString(), at);
        return new Recorded(MovementView.of(movement), true);
    }

    @Transactional
    public List<MovementView> mine(Instant from, Instant to) {
        return Movement.ofPatient(caller.id(), from, to).stream().map(MovementView::of).toList();
    }

    public record Recorded(MovementView movement, boolean created) {
    }
}
