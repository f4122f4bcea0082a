package org.lumbar.analytics.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lumbar.contracts.EventCodec;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.InvalidEventException;
import org.lumbar.contracts.Topics;
import org.lumbar.contracts.progress.AlertCleared;
import org.lumbar.contracts.progress.AlertRaised;
import org.lumbar.contracts.progress.WeeklyProgress;

/** What analytics publishes satisfies the contracts' schemas, and what breaks them is refused. */
class ProgressContractsTest {

    @Test
    void progressEventsRoundTripThroughTheirSchemas() {
        WeeklyProgress week = new WeeklyProgress("p-1", "clinic-north", "2026-W47", LocalDate.of(2026, 11, 16), 7, 5, 0.71,
                false, 0.9, null, 4.5, 2.0, -2.5, true, Instant.parse("2026-11-23T06:00:00Z"));
        AlertRaised raised = new AlertRaised(UUID.randomUUID(), "p-1", null, "red-flag", "critical", "Red flag reported: fever",
                UUID.randomUUID(), 6, Instant.parse("2026-11-23T06:00:00Z"));
        AlertCleared cleared = new AlertCleared(raised.alertId(), "p-1", "clinic-north", "red-flag", "critical",
                "A later session was completed without it", raised.raisedAt(), raised.raisedAt().plusSeconds(60));
        for (Record event : new Record[] { week, raised, cleared }) {
            EventType type = EventType.of(event.getClass());
            assertThat(type.topic()).isEqualTo(Topics.PROGRESS_EVENTS);
            assertThat(EventCodec.decode(type, EventCodec.encode(event), type.dataClass())).isEqualTo(event);
        }
        assertThat(EventType.ALERT_RAISED.type()).isEqualTo("lumbar.progress.alert-raised.v1");
        assertThat(EventType.ALERT_CLEARED.type()).isEqualTo("lumbar.progress.alert-cleared.v1");
        assertThat(EventType.PROGRESS_WEEKLY.type()).isEqualTo("lumbar.progress.weekly.v1");
    }

    @Test
    void valuesOutsideTheContractAreRefused() {
        assertThatThrownBy(() -> EventCodec.encode(new AlertRaised(UUID.randomUUID(), "p-1", null, "bad-mood", "critical",
                "x", null, null, Instant.now()))).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.encode(new AlertRaised(UUID.randomUUID(), "p-1", null, "red-flag", "urgent",
                "x", null, null, Instant.now()))).isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventCodec.encode(new WeeklyProgress("p-1", null, "2026-47", LocalDate.now(), 1, 1, 1.0,
                false, null, null, null, null, null, false, Instant.now()))).isInstanceOf(InvalidEventException.class);
    }
}
