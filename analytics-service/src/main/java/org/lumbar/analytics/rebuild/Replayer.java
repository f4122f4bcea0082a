package org.lumbar.analytics.rebuild;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;
import org.lumbar.analytics.config.AnalyticsConfig;
import org.lumbar.analytics.domain.ExerciseWeek;
import org.lumbar.analytics.domain.PainScore;
import org.lumbar.analytics.domain.PatientProfile;
import org.lumbar.analytics.domain.PatientProgram;
import org.lumbar.analytics.domain.ProgramVersionInForce;
import org.lumbar.analytics.domain.RebuildJob;
import org.lumbar.analytics.domain.SessionTrack;
import org.lumbar.analytics.domain.WeeklyStats;
import org.lumbar.analytics.messaging.ActivityConsumer;
import org.lumbar.commons.messaging.BatchIntake;
import org.lumbar.commons.messaging.EventIntake;
import org.lumbar.commons.messaging.InboundEvent;
import org.lumbar.commons.messaging.Outages;
import org.lumbar.commons.messaging.ProcessedEvent;
import org.lumbar.contracts.EventType;
import org.lumbar.contracts.InvalidEventException;
import org.lumbar.contracts.Topics;
import org.lumbar.analytics.activity.ActivityRecorder;
import org.lumbar.analytics.activity.Referents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Identifier;

/**
 * Replays program.events, then session.events, from the beginning into cleared aggregates. It holds the
 * {@link ReplayGate} from clearing to the end, so live records wait meanwhile; the end of each topic is noted once the
 * gate is held, so every record the live consumer applied before is replayed, and every later one is left to it (the
 * live consumer skips the replayed ones by their ids). Events that refer to a program or patient unknown at their
 * turn are passed over, as the live consumer parked them ({@link Referents}). Alerts, webhooks and weekly reports
 * are not derived from the topics alone and are kept; replayed events drive no alerts.
 */
@ApplicationScoped
public class Replayer {

    private static final Logger LOG = Logger.getLogger(Replayer.class);

    private final EventIntake intake;
    private final ActivityRecorder recorder;
    private final ReplayGate gate;
    private final AnalyticsConfig.Rebuild config;
    private final BatchIntake batchIntake;
    private final Referents referents;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    public Replayer(EventIntake intake, ActivityRecorder recorder, ReplayGate gate, AnalyticsConfig config,
            BatchIntake batchIntake, Referents referents) {
        this.intake = intake;
        this.referents = referents;
        this.batchIntake = batchIntake;
        this.recorder = recorder;
        this.gate = gate;
        this.config = config.rebuild();
    }

    /** Runs the job to its end and records the outcome; never throws. */
    public void run(UUID jobId) {
        int[] counts = new int[3]; // program events, session events, unreadable
        long started = System.nanoTime();
        try {
            gate.exclusive(() -> {
                QuarkusTransaction.requiringNew().run(Replayer::clearAggregates);
                counts[0] = replay(Topics.PROGRAM_EVENTS, ActivityConsumer.PROGRAM_TYPES, counts);
                counts[1] = replay(Topics.SESSION_EVENTS, ActivityConsumer.SESSION_TYPES, counts);
                QuarkusTransaction.requiringNew().run(Replayer::recountOpenAlerts);
            });
            finish(jobId, RebuildJob.SUCCEEDED, counts, null);
            LOG.infof("Rebuild %s replayed %d program and %d session events in %d ms", jobId, counts[0], counts[1],
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof InterruptException) {
                LOG.warnf("Rebuild %s stopped with the service; it runs again at the next start", jobId);
                return;
            }
            LOG.errorf(e, "Rebuild %s failed; the read models are incomplete until a rebuild succeeds", jobId);
            finish(jobId, RebuildJob.FAILED, counts, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Everything derived from the two topics, and the record of which events were applied. */
    static void clearAggregates() {
        ProgramVersionInForce.deleteAll();
        PatientProgram.deleteAll();
        WeeklyStats.deleteAll();
        ExerciseWeek.deleteAll();
        PainScore.deleteAll();
        SessionTrack.deleteAll();
        PatientProfile.deleteAll();
        ProcessedEvent.deleteAll();
    }

    /** Alerts are kept through a rebuild; the profiles' counts of open ones are taken from them again. */
    static void recountOpenAlerts() {
        PatientProfile.getEntityManager().createQuery("update PatientProfile p set p.openAlerts = (select count(a) from "
                + "Alert a where a.patientId = p.patientId and a.openKey is not null)").executeUpdate();
    }

    /** @return how many events were applied (each id once) */
    private int replay(String topic, Set<EventType> relevant, int[] counts) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.getOrDefault("bootstrap.servers", "localhost:9092"));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "analytics-rebuild-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(Math.max(config.transactionSize(), 500)));
        int applied = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, config.pollTimeout()).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, config.pollTimeout());
            List<InboundEvent> batch = new ArrayList<>();
            long lastProgress = System.nanoTime();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                var records = consumer.poll(Duration.ofMillis(200));
                if (records.isEmpty()) {
                    if (System.nanoTime() - lastProgress > config.pollTimeout().toNanos()) {
                        throw new IllegalStateException("No records from " + topic + " for " + config.pollTimeout());
                    }
                    continue;
                }
                lastProgress = System.nanoTime();
                for (ConsumerRecord<String, String> record : records) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue; // arrived after the rebuild began: the live consumer applies it
                    }
                    try {
                        InboundEvent event = intake.read(record);
                        if (relevant.contains(event.type())) {
                            batch.add(event);
                        }
                    } catch (InvalidEventException e) {
                        counts[2]++;
                    }
                    if (batch.size() >= config.transactionSize()) {
                        applied += apply(batch, counts);
                        batch.clear();
                    }
                }
            }
            applied += apply(batch, counts);
        }
        return applied;
    }

    /** Applies a batch in one transaction; should it fail, one by one, passing over (and counting) what fails. */
    private int apply(List<InboundEvent> batch, int[] counts) {
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            return Outages.waitOut("A replayed batch", () -> QuarkusTransaction.requiringNew()
                    .call(() -> batchIntake.applyOnce(batch, referents, e -> recorder.apply(e, false))));
        } catch (RuntimeException batchFailure) {
            if (Outages.isOutage(batchFailure)) {
                throw batchFailure;
            }
            int applied = 0;
            for (InboundEvent event : batch) {
                try {
                    applied += QuarkusTransaction.requiringNew()
                            .call(() -> batchIntake.applyOnce(List.of(event), referents, e -> recorder.apply(e, false)));
                } catch (RuntimeException failure) {
                    counts[2]++; // the live consumer parked it on the dead-letter topic too
                }
            }
            return applied;
        }
    }

    private static void finish(UUID jobId, String status, int[] counts, String error) {
        QuarkusTransaction.requiringNew().run(() -> {
            RebuildJob job = RebuildJob.findById(jobId);
            job.status = status;
            job.finishedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            job.programEvents = counts[0];
            job.sessionEvents = counts[1];
            job.unreadable = counts[2];
            job.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
        });
    }
}
