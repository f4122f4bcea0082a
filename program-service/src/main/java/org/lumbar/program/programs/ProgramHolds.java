package org.lumbar.program.programs;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.lumbar.clinical.ClinicalRule;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.program.domain.Program;
import org.lumbar.program.domain.ProgramStatus;
import org.lumbar.program.domain.ProgramVersion;
import org.lumbar.program.domain.Proposal;
import org.lumbar.program.domain.Screening;

/**
 * Programs the rule book holds: paused after a red flag or pain on several exercises, or waiting for review after a
 * positive screening. Only a clinician of the patient's clinic lets such a program go on, with a reason.
 */
@ApplicationScoped
public class ProgramHolds {

    /** Who the version history names when the rule book, not a person, changed a program. */
    public static final String RULE_BOOK = "lumbar-rule-book";

    private static final Logger LOG = Logger.getLogger(ProgramHolds.class);

    private final ProgramRevisions revisions;
    private final ItemsJson itemsJson;
    private final Caller caller;

    public ProgramHolds(ProgramRevisions revisions, ItemsJson itemsJson, Caller caller) {
        this.revisions = revisions;
        this.itemsJson = itemsJson;
        this.caller = caller;
    }

    /** Pauses the program for a rule; a program already held keeps its first reason, an ended one stays ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void pauseForClinician(Program program, ClinicalRule rule, String reason) {
        if (program.status == ProgramStatus.ENDED || program.holdRule != null) {
            return;
        }
        program.holdRule = rule.id();
        program.holdReason = truncated(reason);
        if (program.status != ProgramStatus.ACTIVE) {
            // no new version supersedes them: pending steps forward wait for the clinician too
            Proposal.update("status = ?1, decidedAt = ?2 where programId = ?3 and status = ?4 and kind not in ?5",
                    Proposal.Status.SUPERSEDED, Instant.now(), program.id, Proposal.Status.PENDING,
                    java.util.List.of(Proposal.Kind.MOVE_TO_EASIER, Proposal.Kind.LOWER_DOSE));
        }
        if (program.status == ProgramStatus.ACTIVE) {
            ProgramVersion current = revisions.current(program);
            revisions.revise(program, ProgramStatus.PAUSED, current.schedule.toSchedule(),
                    itemsJson.read(current.items), ProgramRevisions.today(program),
                    "Paused by rule " + rule.id() + " until a clinician resumes it", RULE_BOOK);
        }
        LOG.infof("Program %s paused by rule %s", program.id, rule.id());
    }

    /**
     * A new program waits for review while any screening answer of the patient that called for review is not cleared
     * (answering again does not get around it), or while a pain rule holds another of the patient's programs.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramStatus initialStatus(Program program) {
        Program paused = Program.<Program> find("patientId = ?1 and status = ?2 and holdRule like 'pain.%'",
                program.patientId, ProgramStatus.PAUSED).firstResult();
        if (paused != null) {
            program.holdRule = paused.holdRule;
            program.holdReason = "Another program is paused by rule " + paused.holdRule
                    + " until a clinician resumes it";
            return ProgramStatus.NEEDS_REVIEW;
        }
        Screening screening = Screening.unclearedOf(program.patientId).stream().findFirst().orElse(null);
        if (screening != null) {
            program.holdRule = screening.reasonList().get(0);
            program.holdReason = "Screening answers need a clinician's review: " + String.join(", ",
                    screening.reasonList());
            return ProgramStatus.NEEDS_REVIEW;
        }
        return ProgramStatus.ACTIVE;
    }

    /** A program the rule book holds is let go only by a clinician of its clinic, who says why. */
    public void requireClinicianFor(Program program, String reason) {
        if (program.holdRule == null) {
            return;
        }
        if (!caller.isClinician()) {
            throw ProblemException.forbidden("Program " + program.id + " was stopped by rule " + program.holdRule
                    + "; a clinician of the patient's clinic resumes it");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "is required to let go a program rule " + program.holdRule
                    + " stopped");
        }
    }

    /** The clinician clears the hold: the rule is let go, and a screening that held it counts as reviewed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(Program program) {
        if (program.status == ProgramStatus.NEEDS_REVIEW) {
            Instant now = Instant.now();
            Screening.unclearedOf(program.patientId).forEach(s -> s.clear(caller.id(), now));
        }
        program.holdRule = null;
        program.holdReason = null;
    }

    private static String truncated(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
