package org.lumbar.program.progression;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.contracts.session.PainReported;
import org.lumbar.contracts.session.SessionCompleted;
import org.lumbar.contracts.session.SessionStarted;
import org.lumbar.contracts.session.SetCompleted;
import org.lumbar.program.domain.ExercisePerformance;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.program.domain.PerformedSet;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.program.domain.Proposal;
import org.lumbar.program.domain.TrackedSession;
import org.lumbar.program.progression.ProgressionRules.Outcome;
import org.lumbar.program.progression.ProgressionRules.Step;
import org.lumbar.program.service.ItemsJson;

/**
 * Follows session.events for sessions of our programs and turns them into proposals with {@link ProgressionRules}:
 * pain answers as soon as it is reported, dose progression when a session is completed.
 */
@ApplicationScoped
public class ProgressionTracker {

    private static final Logger LOG = Logger.getLogger(ProgressionTracker.class);

    private static final int MAX_CACHED_VERSIONS = 10_000;

    private final ItemsJson itemsJson;
    private final Map<ProgramVersion.Key, List<ProgramItem>> itemsByVersion = new ConcurrentHashMap<>();

    public ProgressionTracker(ItemsJson itemsJson) {
        this.itemsJson = itemsJson;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionStarted(SessionStarted started) {
        if (started.programId() == null || Program.findById(started.programId()) == null
                || TrackedSession.findById(started.sessionId()) != null) {
            return;
        }
        TrackedSession session = new TrackedSession();
        session.sessionId = started.sessionId();
        session.programId = started.programId();
        session.programVersion = started.programVersion();
        session.patientId = started.patientId();
        session.persist();
    }

    /**
     * Reads what applying these sets will look up, one query per table instead of one per set: their tracked
     * sessions and exercise performances (into the persistence context, where the look-ups find them) and the set
     * numbers already performed in their sessions.
     *
     * @return the performed sets among these sets' keys, for {@link #setCompleted(SetCompleted, Set)}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<PerformedSet.Key> prepareSets(List<SetCompleted> sets) {
        Set<PerformedSet.Key> performed = new HashSet<>();
        if (sets.isEmpty()) {
            return performed;
        }
        List<UUID> sessions = sets.stream().map(SetCompleted::sessionId).distinct().toList();
        TrackedSession.list("sessionId in ?1", sessions);
        ExercisePerformance.list("sessionId in ?1", sessions);
        performed.addAll(PerformedSet.keys(sessions, sets.stream().map(SetCompleted::setNumber).distinct().toList()));
        return performed;
    }

    /**
     * @param performed the performed sets among the keys of the sets being applied ({@link #prepareSets}); this set's
     *        key is added when it counts
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void setCompleted(SetCompleted set, Set<PerformedSet.Key> performed) {
        TrackedSession session = TrackedSession.findById(set.sessionId());
        if (session == null) {
            return;
        }
        Optional<ProgramItem> item = item(session, set.exercise());
        if (item.isEmpty() || !performed.add(new PerformedSet.Key(set.sessionId(), set.exercise(), set.setNumber()))) {
            return;
        }
        PerformedSet done = new PerformedSet();
        done.sessionId = set.sessionId();
        done.exercise = set.exercise();
        done.setNumber = set.setNumber();
        done.persist();
        ExercisePerformance performance = ExercisePerformance.of(set.sessionId(), set.exercise());
        if (atDose(item.get(), set)) {
            performance.setsAtDose++;
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void painReported(PainReported pain) {
        TrackedSession session = TrackedSession.findById(pain.sessionId());
        if (session == null || pain.exercise() == null || !"during".equals(pain.timing())) {
            return;
        }
        ExercisePerformance performance = ExercisePerformance.of(pain.sessionId(), pain.exercise());
        performance.maxPain = Math.max(performance.maxPain, pain.score());
        boolean warning = pain.quality() != null && ProgressionRules.WARNING_QUALITIES.contains(pain.quality());
        performance.warningPain |= warning;

        Program program = Program.findById(session.programId);
        KnownExercise known = KnownExercise.findById(pain.exercise());
        ProgressionRules.afterPain(pain.exercise(), pain.quality(),
                known == null ? Optional.empty() : known.firstEasier())
                .ifPresent(step -> propose(program, pain.exercise(), step));

        List<String> painful = ExercisePerformance.<ExercisePerformance> list("sessionId", pain.sessionId()).stream()
                .filter(p -> p.warningPain || p.maxPain >= ProgressionRules.SIGNIFICANT_PAIN)
                .map(p -> p.exercise).toList();
        if (program.status == ProgramStatus.ACTIVE) {
            ProgressionRules.pause(painful).ifPresent(step -> propose(program, null, step));
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void sessionCompleted(SessionCompleted completed) {
        TrackedSession session = TrackedSession.findById(completed.sessionId());
        if (session == null || session.completedAt != null) {
            return;
        }
        session.completedAt = completed.completedAt();
        Program program = Program.findById(session.programId);
        if (program.status != ProgramStatus.ACTIVE || program.currentVersion != session.programVersion) {
            return;
        }
        ProgramVersion version = ProgramVersion.findById(new ProgramVersion.Key(program.id, program.currentVersion));
        List<TrackedSession> recent = TrackedSession.lastCompleted(program.id, version.version,
                ProgressionRules.SESSIONS_TO_PROGRESS);
        for (ProgramItem item : itemsJson.read(version.items)) {
            List<Outcome> outcomes = recent.stream().map(s -> outcome(s, item)).toList();
            KnownExercise known = KnownExercise.findById(item.exercise());
            ProgressionRules.progression(item, outcomes, known == null ? null : known.holdSecondsMax,
                    known == null ? Optional.empty() : known.firstHarder())
                    .ifPresent(step -> propose(program, item.exercise(), step));
        }
    }

    private static Outcome outcome(TrackedSession session, ProgramItem item) {
        ExercisePerformance performance = ExercisePerformance.findById(
                new ExercisePerformance.Key(session.sessionId, item.exercise()));
        if (performance == null) {
            return new Outcome(false, 0, false);
        }
        return new Outcome(performance.setsAtDose >= item.sets(), performance.maxPain, performance.warningPain);
    }

    private static boolean atDose(ProgramItem item, SetCompleted set) {
        boolean reps = item.reps() == null || (set.reps() != null && set.reps() >= item.reps());
        boolean hold = item.holdSeconds() == null || (set.holdSeconds() != null && set.holdSeconds() >= item.holdSeconds());
        return reps && hold;
    }

    /** Items of the version the session followed; versions never change, so each is read once. */
    private Optional<ProgramItem> item(TrackedSession session, String exercise) {
        ProgramVersion.Key key = new ProgramVersion.Key(session.programId, session.programVersion);
        List<ProgramItem> items = itemsByVersion.get(key);
        if (items == null) {
            ProgramVersion version = ProgramVersion.findById(key);
            if (version == null) {
                return Optional.empty();
            }
            items = itemsJson.read(version.items);
            if (itemsByVersion.size() < MAX_CACHED_VERSIONS) {
                itemsByVersion.put(key, items);
            }
        }
        return items.stream().filter(i -> i.exercise().equals(exercise)).findFirst();
    }

    /** One pending proposal per program, exercise and kind: a repeated finding does not pile up. */
    private static void propose(Program program, String exercise, Step step) {
        if (Proposal.pendingExists(program.id, exercise, step.kind())) {
            return;
        }
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.programId = program.id;
        proposal.basedOn = program.currentVersion;
        proposal.exercise = exercise;
        proposal.kind = step.kind();
        proposal.targetExercise = step.targetExercise();
        proposal.newSets = step.newSets();
        proposal.newHold = step.newHold();
        proposal.reason = step.reason();
        proposal.status = Proposal.Status.PENDING;
        proposal.createdAt = Instant.now();
        proposal.persist();
        LOG.debugf("Proposed %s for program %s", step.kind(), program.id);
    }
}
