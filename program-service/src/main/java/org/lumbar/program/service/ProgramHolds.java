package org.lumbar.program.service;

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
        if (program.status == ProgramStatus.ACTIVE) {
            ProgramVersion current = revisions.current(program);
            revisions.revise(program, ProgramStatus.PAUSED, current.schedule.toSchedule(),
                    itemsJson.read(current.items), ProgramRevisions.today(program),
                    "Paused by rule " + rule.id() + " until a clinician resumes it", RULE_BOOK);
        }
        LOG.infof("Program %s paused by rule %s", program.id, rule.id());
    }

    /** Holds a new program for review when the patient's screening calls for one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public ProgramStatus initialStatus(Program program, Screening screening) {
        if (screening != null && screening.holdsPrograms()) {
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
            Screening.latestOf(program.patientId).filter(Screening::holdsPrograms)
                    .ifPresent(s -> s.clear(caller.id(), Instant.now()));
        }
        program.holdRule = null;
        program.holdReason = null;
    }

    private static String truncated(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
