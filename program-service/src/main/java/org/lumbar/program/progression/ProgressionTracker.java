package org.lumbar.program.progression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.lumbar.clinical.pain.PainAnswers;
import org.lumbar.clinical.pain.PainReport;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.pain.PainRules;
import org.lumbar.clinical.progression.Dose;
import org.lumbar.clinical.progression.ExerciseFacts;
import org.lumbar.clinical.progression.Progressions;
import org.lumbar.clinical.progression.SessionOutcome;
import org.lumbar.clinical.progression.Step;
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
import org.lumbar.program.programs.ItemsJson;
import org.lumbar.program.programs.ProgramHolds;
import org.lumbar.program.programs.ProgramRevisions;

/**
 * Follows session.events for sessions of our programs and applies the clinical rule book: pain as soon as it is
 * reported (pause, or a regression proposal), progression proposals when a session is completed.
 */
@ApplicationScoped
public class ProgressionTracker {

    private static final Logger LOG = Logger.getLogger(ProgressionTracker.class);

    private static final int MAX_CACHED_VERSIONS = 10_000;

    private final ItemsJson itemsJson;
    private final ProgramHolds holds;
    private final Map<ProgramVersion.Key, List<ProgramItem>> itemsByVersion = new ConcurrentHashMap<>();

    public ProgressionTracker(ItemsJson itemsJson, ProgramHolds holds) {
        this.itemsJson = itemsJson;
        this.holds = holds;
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

    /**
     * Does what the rule book's answer to a pain report means for the program: a red flag, or pain on several
     * exercises, pauses it until a clinician resumes it; pain that stopped an exercise proposes its regression.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void painReported(PainReported pain) {
        TrackedSession session = TrackedSession.findById(pain.sessionId());
        if (session == null) {
            return;
        }
        List<ExercisePerformance> performances = ExercisePerformance.list("sessionId", pain.sessionId());
        Set<String> painfulEarlier = new HashSet<>();
        performances.stream().filter(p -> p.warningPain).forEach(p -> painfulEarlier.add(p.exercise));
        PainRule rule = PainRules.namedOrAssessed(pain.ruleId(), PainReport.fromCodes(pain.score(), pain.timing(),
                pain.quality(), pain.location(), pain.redFlags(), pain.exercise(), false), painfulEarlier);
        Program program = Program.findById(session.programId);
        if (pain.exercise() != null && "during".equals(pain.timing())) {
            ExercisePerformance performance = ExercisePerformance.of(pain.sessionId(), pain.exercise());
            performance.maxPain = Math.max(performance.maxPain, pain.score());
            performance.warningPain |= rule.painfulExercise();
        }
        switch (rule.reaction) {
            case PAUSE_FOR_CLINICIAN -> holds.pauseForClinician(program, rule,
                    PainAnswers.text(rule, null, null));
            case PROPOSE_REGRESSION -> {
                if (pain.exercise() != null && program.status == ProgramStatus.ACTIVE) {
                    regression(program, pain.exercise()).ifPresent(step -> propose(program, step));
                }
            }
            case NONE -> {
            }
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
                Progressions.SESSIONS_TO_PROGRESS);
        LocalDate today = ProgramRevisions.today(program);
        for (ProgramItem item : itemsJson.read(version.items)) {
            KnownExercise known = KnownExercise.findById(item.exercise());
            if (known == null || ProgramItem.WARM_UP.equals(item.phase())) {
                continue;
            }
            List<SessionOutcome> outcomes = recent.stream().map(s -> outcome(s, item)).toList();
            Optional<ExerciseFacts> harder = facts(known.firstHarder());
            Progressions.progress(item.exercise(), dose(item), known.facts(), outcomes,
                    Proposal.lastStepOn(program.id, item.exercise(), ZoneId.of(program.timeZone)), today, harder)
                    .ifPresent(step -> propose(program, step));
        }
    }

    private Optional<Step> regression(Program program, String exercise) {
        ProgramVersion version = ProgramVersion.findById(new ProgramVersion.Key(program.id, program.currentVersion));
        KnownExercise known = KnownExercise.findById(exercise);
        if (version == null || known == null) {
            return Optional.empty();
        }
        return itemsJson.read(version.items).stream().filter(i -> i.exercise().equals(exercise)).findFirst()
                .flatMap(item -> Progressions.regress(exercise, dose(item), known.facts(), facts(known.firstEasier())));
    }

    /** What the rule book needs of a variant, when program-service knows it. */
    private static Optional<ExerciseFacts> facts(Optional<String> slug) {
        return slug.map(s -> KnownExercise.<KnownExercise> findById(s)).map(KnownExercise::facts);
    }

    private static Dose dose(ProgramItem item) {
        return new Dose(item.sets(), item.reps(), item.holdSeconds(), item.perSide());
    }

    private static SessionOutcome outcome(TrackedSession session, ProgramItem item) {
        ExercisePerformance performance = ExercisePerformance.findById(
                new ExercisePerformance.Key(session.sessionId, item.exercise()));
        if (performance == null) {
            return new SessionOutcome(false, 0, false);
        }
        return new SessionOutcome(performance.setsAtDose >= item.sets(), performance.maxPain, performance.warningPain);
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
    private static void propose(Program program, Step step) {
        Proposal.Kind kind = switch (step.kind()) {
            case MORE_REPS -> Proposal.Kind.MORE_REPS;
            case ADD_SET -> Proposal.Kind.ADD_SET;
            case LONGER_HOLD -> Proposal.Kind.INCREASE_HOLD;
            case HARDER_VARIANT -> Proposal.Kind.MOVE_TO_HARDER;
            case EASIER_VARIANT -> Proposal.Kind.MOVE_TO_EASIER;
            case LOWER_DOSE -> Proposal.Kind.LOWER_DOSE;
        };
        if (Proposal.pendingExists(program.id, step.exercise(), kind)) {
            return;
        }
        Proposal proposal = new Proposal();
        proposal.id = UUID.randomUUID();
        proposal.programId = program.id;
        proposal.basedOn = program.currentVersion;
        proposal.exercise = step.exercise();
        proposal.kind = kind;
        proposal.targetExercise = step.switchesExercise() ? step.targetExercise() : null;
        proposal.newSets = step.dose().sets();
        proposal.newReps = step.dose().reps();
        proposal.newHold = step.dose().holdSeconds();
        proposal.newPerSide = step.dose().perSide();
        proposal.ruleId = step.rule().id();
        proposal.reason = step.reason();
        proposal.status = Proposal.Status.PENDING;
        proposal.createdAt = Instant.now();
        proposal.persist();
        LOG.debugf("Proposed %s (%s) for program %s", kind, step.rule().id(), program.id);
    }
}
