package org.lumbar.commons.persistence;

import java.util.UUID;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * Ids for rows the platform writes by the hundred thousand (outgoing events, sets, sessions): UUIDv7 (RFC 9562),
 * whose leading bits are the time of creation. Random UUIDs (v4) land each insert on a random leaf of every index
 * that holds them, so a large index no longer fits in the database's cache and PostgreSQL writes a whole page to its
 * log the first time it touches each leaf after a checkpoint; time-ordered ids all go to the index's last pages.
 * Consumers store the ids of the events they applied, so an event id that is time-ordered helps every service.
 */
public final class TimeOrderedIds {

    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochGenerator();

    private TimeOrderedIds() {
    }

    public static UUID next() {
        return GENERATOR.generate();
    }
}
