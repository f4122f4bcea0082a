package org.lumbar.program.proposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.contracts.program.ProgramItem;
import org.lumbar.program.domain.KnownExercise;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.program.domain.Proposal;
import org.lumbar.program.programs.ItemsJson;
import org.lumbar.program.programs.ProgramAccess;
import org.lumbar.program.programs.ProgramRevisions;
import org.lumbar.program.programs.ProgramService;

/** Accepting a proposal makes a new program version; a proposal for an older version is stale. */
@ApplicationScoped
public class ProposalService {

    private final ProgramAccess access;
    private final ProgramRevisions revisions;
    private final ItemsJson itemsJson;
    private final Caller caller;

    public ProposalService(ProgramAccess access, ProgramRevisions revisions, ItemsJson itemsJson, Caller caller) {
        this.access = access;
        this.revisions = revisions;
        this.itemsJson = itemsJson;
        this.caller = caller;
    }

    @Transactional
    public List<ProposalView> list(UUID programId) {
        access.readable(programId);
        return Proposal.<Proposal> list("programId = ?1 order by createdAt desc", programId).stream()
                .map(ProposalView::of).toList();
    }

    @Transactional
    public ProposalView accept(UUID programId, UUID proposalId) {
        Program program = access.changeable(programId);
        Proposal proposal = pending(program, proposalId);
        if (program.holdRule != null && !proposal.regression()) {
            throw ProblemException.conflict("Program " + programId + " is held by rule " + program.holdRule
                    + ": only an easier variant or a lower dose can be accepted until a clinician lets it go on");
        }
        ProgramVersion current = revisions.current(program);
        if (proposal.kind == Proposal.Kind.PAUSE_AND_SEE_CLINICIAN) {
            if (program.status == ProgramStatus.ACTIVE) {
                revisions.revise(program, ProgramStatus.PAUSED, current.schedule.toSchedule(),
                        itemsJson.read(current.items), ProgramRevisions.today(program), proposal.reason);
            }
        } else {
            List<ProgramItem> items = apply(proposal, itemsJson.read(current.items));
            ProgramService.requireUsableExercises(items);
            revisions.revise(program, program.status, current.schedule.toSchedule(), items,
                    ProgramRevisions.today(program), proposal.reason);
        }
        return decide(proposal, Proposal.Status.ACCEPTED);
    }

    @Transactional
    public ProposalView decline(UUID programId, UUID proposalId) {
        Program program = access.readable(programId);
        return decide(pending(program, proposalId), Proposal.Status.DECLINED);
    }

    private static Proposal pending(Program program, UUID proposalId) {
        Proposal proposal = Proposal.findById(proposalId);
        if (proposal == null || !proposal.programId.equals(program.id)) {
            throw ProblemException.notFound("Proposal " + proposalId);
        }
        if (proposal.status != Proposal.Status.PENDING) {
            throw ProblemException.conflict("Proposal " + proposalId + " is already " + proposal.status.name().toLowerCase());
        }
        if (proposal.basedOn != program.currentVersion) {
            proposal.status = Proposal.Status.SUPERSEDED;
            proposal.decidedAt = Instant.now();
            throw ProblemException.conflict("The program changed since this proposal was made; it no longer applies");
        }
        return proposal;
    }

    private ProposalView decide(Proposal proposal, Proposal.Status status) {
        proposal.status = status;
        proposal.decidedAt = Instant.now();
        proposal.decidedBy = caller.id();
        return ProposalView.of(proposal);
    }

    /**
     * The items with the proposal applied to its exercise: the whole dose the rule book proposed, on the target
     * exercise for a variant switch. Proposals from before the rule book carried only the changed figure.
     */
    private static List<ProgramItem> apply(Proposal proposal, List<ProgramItem> items) {
        List<ProgramItem> changed = new ArrayList<>();
        for (ProgramItem item : items) {
            if (!item.exercise().equals(proposal.exercise)) {
                changed.add(item);
                continue;
            }
            String exercise = proposal.targetExercise != null ? proposal.targetExercise : item.exercise();
            if (proposal.ruleId != null) {
                changed.add(item.withDose(exercise, proposal.newSets, proposal.newReps, proposal.newHold,
                        proposal.newPerSide != null ? proposal.newPerSide : item.perSide()));
                continue;
            }
            changed.add(switch (proposal.kind) {
                case INCREASE_HOLD -> item.withDose(exercise, item.sets(), item.reps(), proposal.newHold,
                        item.perSide());
                case ADD_SET -> item.withDose(exercise, proposal.newSets, item.reps(), item.holdSeconds(),
                        item.perSide());
                case MOVE_TO_HARDER, MOVE_TO_EASIER -> {
                    KnownExercise known = KnownExercise.findById(exercise);
                    if (known == null) {
                        throw ProblemException.unprocessable("targetExercise", "unknown exercise " + exercise);
                    }
                    yield item.withDose(exercise, item.sets(), item.reps(), item.holdSeconds(), known.perSide);
                }
                default -> item;
            });
        }
        return changed;
    }
}
