package org.lumbar.commons.messaging;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A service's rule for events that refer to something it has not heard of yet: events on different topics arrive
 * in no particular order (a session can come before its program), and such an event must not be folded into figures
 * before its referent is known. {@link BatchIntake} parks it ({@link ParkingLot}) and it is applied once the
 * referent arrives, or dead-lettered after {@code lumbar.parking.max-wait}.
 */
public interface ParkingPolicy {

    /** The topics whose events this policy judges and applies when they leave the parking lot. */
    Set<String> topics();

    /**
     * What the event refers to that this service has never heard of, e.g. {@code "program 5b1f…"}; empty when it
     * may be applied. Asked in the transaction that would apply it, after the events before it.
     */
    Optional<String> unknownReferent(InboundEvent event);

    /** Applies an event whose referents are known, in the caller's transaction (its id is recorded by the caller). */
    void apply(InboundEvent event);

    /** Runs work on the events of these keys the way the service's consumers do (e.g. under its per-key locks). */
    default <T> T guard(Collection<String> keys, Supplier<T> work) {
        return work.get();
    }
}
