package org.lumbar.session.recording;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.clinical.measures.PrescribedSets;
import org.lumbar.clinical.pain.PainAction;
import org.lumbar.clinical.pain.PainAnswers;
import org.lumbar.clinical.pain.PainContext;
import org.lumbar.clinical.pain.PainRule;
import org.lumbar.clinical.pain.PainRules;
import org.lumbar.session.domain.CatalogExercise;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.PainReport;
import org.lumbar.session.domain.SessionNote;
import org.lumbar.session.domain.SessionSet;
import org.lumbar.session.recording.SessionView.Guidance;
import org.lumbar.session.recording.SessionView.NoteView;
import org.lumbar.session.recording.SessionView.PainView;
import org.lumbar.session.recording.SessionView.SetView;
import org.lumbar.session.client.ProgramDirectory;

/** Builds what the API shows of a session and its entries; must run inside a transaction. */
@ApplicationScoped
public class SessionViews {

    private final ProgramDirectory programs;

    public SessionViews(ProgramDirectory programs) {
        this.programs = programs;
    }

    public SessionView full(ExerciseSession s) {
        List<SessionSet> sets = SessionSet.ofSession(s.id);
        List<PainReport> pains = PainReport.ofSession(s.id);
        return view(s, sets, pains, SessionNote.ofSession(s.id), true);
    }

    /** Without the entries, for listings. */
    public SessionView summary(ExerciseSession s) {
        return view(s, SessionSet.ofSession(s.id), PainReport.ofSession(s.id), List.of(), false);
    }

    private SessionView view(ExerciseSession s, List<SessionSet> sets, List<PainReport> pains, List<SessionNote> notes,
            boolean withEntries) {
        Integer before = pains.stream().filter(p -> "before".equals(p.timing)).reduce((a, b) -> b).map(p -> p.score).orElse(null);
        Integer after = pains.stream().filter(p -> "after".equals(p.timing)).reduce((a, b) -> b).map(p -> p.score).orElse(null);
        return new SessionView(s.id, s.patientId, s.programId, s.programVersion, s.plannedDate, s.state.name(),
                s.startedAt, s.endedAt, before, after, s.setsPrescribed, setsCompleted(s, sets), s.endReason,
                withEntries ? sets.stream().map(SessionViews::set).toList() : null,
                withEntries ? pains.stream().map(this::pain).toList() : null,
                withEntries ? notes.stream().map(SessionViews::note).toList() : null);
    }

    /**
     * The sets that count toward the session's dose (rule adherence.prescribed-sets): only where they fill a set the
     * program prescribes, a per-side set once both sides are done.
     */
    public int setsCompleted(ExerciseSession s, List<SessionSet> sets) {
        List<PrescribedSets.Prescribed> prescribed = s.programId == null ? List.of()
                : programs.items(s.programId, s.programVersion).stream()
                        .map(i -> new PrescribedSets.Prescribed(i.exercise(), i.sets(), i.perSide())).toList();
        return PrescribedSets.counted(prescribed,
                sets.stream().map(x -> new PrescribedSets.Performed(x.exercise, x.setNumber, x.side)).toList());
    }

    public static SetView set(SessionSet s) {
        return new SetView(s.id, s.exercise, s.setNumber, s.side, s.reps, s.holdSeconds, s.effort, s.occurredAt);
    }

    public static NoteView note(SessionNote n) {
        return new NoteView(n.id, n.text, n.occurredAt);
    }

    public PainView pain(PainReport p) {
        PainRule rule = PainRule.ofId(p.ruleId).orElseGet(() -> legacyRule(p));
        String modification = null;
        String modificationName = null;
        if (rule.action == PainAction.MODIFY && p.exercise != null) {
            CatalogExercise exercise = CatalogExercise.findById(p.exercise);
            CatalogExercise easier = exercise == null || exercise.easierSlug == null ? null
                    : CatalogExercise.findById(exercise.easierSlug);
            if (easier != null) {
                modification = easier.slug;
                modificationName = easier.name;
            }
        }
        Guidance guidance = new Guidance(rule.action.code, PainAnswers.text(rule, modification, modificationName),
                modification, modificationName, p.alert, rule.id());
        return new PainView(p.id, p.exercise, p.score, p.timing, p.quality, p.location, p.side,
                p.redFlags == null ? List.of() : List.of(p.redFlags.split(",")), p.flareUp, guidance, p.occurredAt);
    }

    /** Reports stored before the rule book answered them kept only the action: read them with today's rules. */
    private static PainRule legacyRule(PainReport p) {
        return PainRules.assess(org.lumbar.clinical.pain.PainReport.fromCodes(p.score, p.timing, p.quality, p.location,
                p.redFlags == null ? List.of() : List.of(p.redFlags.split(",")), p.exercise, p.flareUp),
                PainContext.NONE).rule();
    }
}
