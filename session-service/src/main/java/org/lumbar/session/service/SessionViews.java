package org.lumbar.session.service;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.session.domain.CatalogExercise;
import org.lumbar.session.domain.ExerciseSession;
import org.lumbar.session.domain.PainReport;
import org.lumbar.session.domain.SessionNote;
import org.lumbar.session.domain.SessionSet;
import org.lumbar.session.rest.SessionView;
import org.lumbar.session.rest.SessionView.Guidance;
import org.lumbar.session.rest.SessionView.NoteView;
import org.lumbar.session.rest.SessionView.PainView;
import org.lumbar.session.rest.SessionView.SetView;

/** Builds what the API shows of a session and its entries; must run inside a transaction. */
@ApplicationScoped
public class SessionViews {

    private final GuidanceTexts texts;

    public SessionViews(GuidanceTexts texts) {
        this.texts = texts;
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
                s.startedAt, s.endedAt, before, after, s.setsPrescribed, setsCompleted(sets), s.endReason,
                withEntries ? sets.stream().map(SessionViews::set).toList() : null,
                withEntries ? pains.stream().map(this::pain).toList() : null,
                withEntries ? notes.stream().map(SessionViews::note).toList() : null);
    }

    /** Distinct (exercise, set number) pairs: a per-side set done on both sides counts once. */
    public static int setsCompleted(List<SessionSet> sets) {
        return (int) sets.stream().map(x -> x.exercise + "#" + x.setNumber).distinct().count();
    }

    public static SetView set(SessionSet s) {
        return new SetView(s.id, s.exercise, s.setNumber, s.side, s.reps, s.holdSeconds, s.effort, s.occurredAt);
    }

    public static NoteView note(SessionNote n) {
        return new NoteView(n.id, n.text, n.occurredAt);
    }

    public PainView pain(PainReport p) {
        PainGuidance.Action action = Arrays.stream(PainGuidance.Action.values()).filter(a -> a.code.equals(p.guidance))
                .findFirst().orElse(PainGuidance.Action.CONTINUE);
        String modification = null;
        String modificationName = null;
        if (action == PainGuidance.Action.MODIFY && p.exercise != null) {
            CatalogExercise exercise = CatalogExercise.findById(p.exercise);
            CatalogExercise easier = exercise == null || exercise.easierSlug == null ? null
                    : CatalogExercise.findById(exercise.easierSlug);
            if (easier != null) {
                modification = easier.slug;
                modificationName = easier.name;
            }
        }
        Guidance guidance = new Guidance(action.code, texts.message(action, modification, modificationName),
                modification, modificationName, p.alert);
        return new PainView(p.id, p.exercise, p.score, p.timing, p.quality, p.location,
                p.redFlags == null ? List.of() : List.of(p.redFlags.split(",")), guidance, p.occurredAt);
    }
}
