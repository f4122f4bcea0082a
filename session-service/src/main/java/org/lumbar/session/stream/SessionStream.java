package org.lumbar.session.stream;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * Fans committed session changes out to live followers (Server-Sent Events). A change is published only after its
 * transaction committed, so a follower never sees what was rolled back. Followers are those connected to this
 * instance.
 */
@ApplicationScoped
public class SessionStream {

    private final BroadcastProcessor<SessionChange> changes = BroadcastProcessor.create();

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionChange change) {
        changes.onNext(change);
    }

    public Multi<SessionChange> follow(UUID sessionId) {
        return changes.filter(change -> change.sessionId().equals(sessionId));
    }
}
