package org.lumbar.program.screening;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.clinical.ClinicalRule;
import org.lumbar.clinical.pain.RedFlag;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.security.Caller;
import org.lumbar.program.domain.Screening;

/** The screening questions before a first program, judged by the rule book. */
@ApplicationScoped
public class ScreeningService {

    private final Caller caller;

    public ScreeningService(Caller caller) {
        this.caller = caller;
    }

    /** The calling patient answers the questions. */
    @Transactional
    public Screening answer(ScreeningRequest request) {
        if (!caller.isPatient()) {
            throw ProblemException.forbidden("Patients answer their own screening questions");
        }
        return record(caller.id(), request);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Screening record(String patientId, ScreeningRequest request) {
        List<String> flags = request.redFlags() == null ? List.of() : request.redFlags();
        org.lumbar.clinical.screening.Screening answers = new org.lumbar.clinical.screening.Screening(
                flags.stream().map(code -> RedFlag.ofCode(code).orElseThrow()).collect(Collectors.toSet()),
                request.chronicOrSevere(), request.recentFallOrSurgery());
        Screening screening = new Screening();
        screening.id = UUID.randomUUID();
        screening.patientId = patientId;
        screening.redFlags = flags.isEmpty() ? null : String.join(",", Set.copyOf(flags));
        screening.chronicOrSevere = request.chronicOrSevere();
        screening.recentFallOrSurgery = request.recentFallOrSurgery();
        screening.needsReview = answers.needsReview();
        screening.reasons = answers.needsReview()
                ? answers.reasonsForReview().stream().map(ClinicalRule::id).collect(Collectors.joining(","))
                : null;
        screening.answeredAt = Instant.now();
        screening.persist();
        return screening;
    }

    @Transactional
    public Screening mine() {
        return Screening.latestOf(caller.id())
                .orElseThrow(() -> ProblemException.notFound("No screening answers yet"));
    }

    public Optional<Screening> latestOf(String patientId) {
        return Screening.latestOf(patientId);
    }
}
