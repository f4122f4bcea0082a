package org.lumbar.analytics.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lumbar.analytics.domain.Alert;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.testing.LumbarServiceResource;
import org.lumbar.analytics.activity.ActivityRecorder;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** A batch of events is one transaction: an episode may end and the next begin in it. */
@QuarkusTest
@QuarkusTestResource(LumbarServiceResource.class)
class AlertEpisodesInOneBatchTest {

    @Inject
    ActivityRecorder recorder;

    private static InboundEvent event(Record data, Instant at) {
        return new InboundEvent(UUID.randomUUID().toString(), EventType.of(data.getClass()), null, at, data);
    }

    @Test
    void anEpisodeClearedAndANewOneRaisedInOneTransactionAreTwoAlerts() {
        String patient = "p-" + UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 6, 1);
        Instant at = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        List<InboundEvent> batch = List.of(
                event(new PainReported(first, patient, null, 8, "before", null, null, null, List.of(), null, "continue", false, at), at),
                event(new SessionCompleted(first, patient, null, null, day, 3, 3, at.plusSeconds(600)), at),
                event(new PainReported(second, patient, null, 3, "before", null, null, null, List.of(), null, "continue", false,
                        at.plusSeconds(86_400)), at),
                event(new SessionCompleted(second, patient, null, null, day.plusDays(1), 3, 3, at.plusSeconds(87_000)), at),
                event(new PainReported(third, patient, null, 9, "before", null, null, null, List.of(), null, "continue", false,
                        at.plusSeconds(172_800)), at));
        QuarkusTransaction.requiringNew().run(() -> batch.forEach(e -> recorder.apply(e, true)));

        List<Alert> alerts = QuarkusTransaction.requiringNew().call(() -> Alert.<Alert> list("patientId = ?1 and rule = ?2 "
                + "order by raisedAt", patient, "severe-pain"));
        assertThat(alerts).hasSize(2);
        assertThat(alerts.get(0).isOpen()).isFalse();
        assertThat(alerts.get(0).painScore).isEqualTo(8);
        assertThat(alerts.get(1).isOpen()).isTrue();
        assertThat(alerts.get(1).painScore).isEqualTo(9);
        assertThat(QuarkusTransaction.requiringNew().call(() -> PatientProfile.<PatientProfile> findById(patient).openAlerts))
                .as("the profile counts the open alerts").isEqualTo(1);
    }
}
