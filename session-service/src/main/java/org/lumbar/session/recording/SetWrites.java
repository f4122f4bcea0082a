package org.lumbar.session.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lumbar.commons.idempotency.IdempotencyRecord;
import org.lumbar.commons.idempotency.IdempotentRequests;
import org.lumbar.commons.idempotency.IdempotentRequests.Answer;
import org.lumbar.commons.idempotency.IdempotentRequests.Written;
import org.lumbar.commons.persistence.ConstraintViolations;
import org.lumbar.commons.persistence.GroupedWrites;
import org.lumbar.session.config.SessionConfig;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Commits concurrent set writes together. A set is the platform's most frequent write, and alone it costs a
 * transaction and six round trips to the database. Each writer thread takes the writes that queued up while it was
 * busy and applies them, each with its Idempotency-Key, in one transaction whose inserts reach the database as one
 * statement per table. If anything in the group fails (a duplicate set, a session already completed, an invalid
 * exercise), the group is rolled back and every write of it is applied alone, exactly as without grouping, so each
 * caller gets its own answer and nothing is stored or published twice. The group's sessions and idempotency records
 * are read in one query each.
 */
@ApplicationScoped
public class SetWrites {

    private static final Logger LOG = Logger.getLogger(SetWrites.class);

    /** A set write waiting for its group; {@code answer} completes with the write's answer or the write's exception. */
    record Pending(String patientId, String key, Object fingerprint, UUID sessionId, SetRequest request,
            CompletableFuture<Answer> answer) {

        Pending(String patientId, String key, Object fingerprint, UUID sessionId, SetRequest request) {
            this(patientId, key, fingerprint, sessionId, request, new CompletableFuture<>());
        }
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final SessionService service;
    private final IdempotentRequests idempotency;
    private final GroupedWrites groupedWrites;
    private final SessionConfig.SetWrites config;
    private final DistributionSummary groupSizes;

    public SetWrites(SessionService service, IdempotentRequests idempotency, GroupedWrites groupedWrites,
            SessionConfig config, MeterRegistry metrics) {
        this.service = service;
        this.idempotency = idempotency;
        this.groupedWrites = groupedWrites;
        this.config = config.setWrites();
        this.groupSizes = DistributionSummary.builder("lumbar_set_writes_per_transaction")
                .description("Set writes committed together in one transaction").register(metrics);
    }

    void onStart(@Observes StartupEvent start) {
        for (int i = 0; i < config.writers(); i++) {
            Thread writer = new Thread(this::writeLoop, "set-writer-" + i);
            writer.setDaemon(true);
            writer.start();
        }
    }

    /**
     * Records a set; blocks until its group has committed.
     *
     * @param patientId the caller, who must own the session
     */
    public Answer write(String patientId, String key, Object fingerprint, UUID sessionId, SetRequest request) {
        Pending pending = new Pending(patientId, key, fingerprint, sessionId, request);
        queue.add(pending);
        try {
            return pending.answer().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException("The set could not be written", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the set was written", e);
        }
    }

    private void writeLoop() {
        List<Pending> group = new ArrayList<>(config.maxGroup());
        while (true) {
            try {
                group.add(queue.take());
                queue.drainTo(group, config.maxGroup() - 1);
                write(group);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable unexpected) {
                LOG.error("Set writer failed; its writes are answered with the error", unexpected);
                group.forEach(pending -> pending.answer().completeExceptionally(unexpected));
            } finally {
                group.clear();
            }
        }
    }

    /**
     * Applies a group of writes together, or each alone if the group fails; completes every answer.
     *
     * @return whether the group was committed in one transaction
     */
    boolean write(List<Pending> group) {
        groupSizes.record(group.size());
        if (group.size() > 1 && writeTogether(group)) {
            return true;
        }
        group.forEach(this::writeAlone);
        return false;
    }

    /** @return false when the group was rolled back and its writes are still to be applied */
    private boolean writeTogether(List<Pending> group) {
        List<Answer> answers;
        try {
            answers = QuarkusTransaction.requiringNew().call(() -> {
                groupedWrites.group();
                readAhead(group);
                List<Answer> applied = new ArrayList<>(group.size());
                for (Pending pending : group) {
                    applied.add(apply(pending));
                }
                Panache.getEntityManager().flush();
                return applied;
            });
        } catch (RuntimeException e) {
            LOG.debugf("A group of %d set writes was rolled back (%s); applying each alone", group.size(), e);
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).answer().complete(answers.get(i));
        }
        return true;
    }

    /** The group's sessions and idempotency records, one query each rather than one per write. */
    private void readAhead(List<Pending> group) {
        service.readAhead(group.stream().map(Pending::sessionId).distinct().toList());
        idempotency.readAhead(group.stream().filter(pending -> pending.key() != null)
                .map(pending -> new IdempotencyRecord.Key(pending.patientId(), pending.key())).distinct().toList());
    }

    private void writeAlone(Pending pending) {
        try {
            pending.answer().complete(applyAfterTwin(pending));
        } catch (RuntimeException e) {
            pending.answer().completeExceptionally(e);
        }
    }

    /**
     * Applies a write alone; one that lost a race against a twin (the same Idempotency-Key or set id, sent again by a
     * client that did not wait for the first answer) is applied once more. PostgreSQL reports the unique violation
     * only once the twin has committed, so the second try finds the twin's record and answers as the twin was
     * answered, instead of a 409 that tells the client its set was refused. A real conflict (another set in the same
     * slot, or the key reused for another body) fails the second try as it failed the first.
     */
    private Answer applyAfterTwin(Pending pending) {
        try {
            return apply(pending);
        } catch (RuntimeException e) {
            if (!ConstraintViolations.causedBy(e)) {
                throw e;
            }
            LOG.debugf("A set write raced a twin (%s); applying it again", e);
            return apply(pending);
        }
    }

    private Answer apply(Pending pending) {
        return idempotency.apply(pending.patientId(), pending.key(), pending.fingerprint(),
                () -> Written.created(null, service.addSet(pending.patientId(), pending.sessionId(), pending.request())));
    }
}
