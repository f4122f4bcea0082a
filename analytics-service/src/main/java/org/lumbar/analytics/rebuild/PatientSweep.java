package org.lumbar.analytics.rebuild;

import java.util.List;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.lumbar.analytics.domain.PatientProfile;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * How scheduled work visits patients: every patient with a profile, in id order a page at a time, each visit in a
 * transaction of its own and as live work under the {@link ReplayGate}, so a replay never sees it half done and one
 * patient's failure rolls back only that patient.
 */
@ApplicationScoped
public class PatientSweep {

    private static final int PAGE = 500;

    private final ReplayGate gate;

    public PatientSweep(ReplayGate gate) {
        this.gate = gate;
    }

    /** @return how many visits answered true */
    public int everyPatient(Predicate<PatientProfile> visit) {
        int counted = 0;
        String after = "";
        while (true) {
            String from = after;
            List<String> page = QuarkusTransaction.requiringNew().call(() -> PatientProfile
                    .<PatientProfile> find("patientId > ?1 order by patientId", from).page(0, PAGE).list()
                    .stream().map(p -> p.patientId).toList());
            if (page.isEmpty()) {
                return counted;
            }
            for (String patientId : page) {
                counted += onePatient(patientId, visit) ? 1 : 0;
            }
            after = page.get(page.size() - 1);
        }
    }

    /** @return what the visit answered; false for a patient without a profile, who is not visited */
    public boolean onePatient(String patientId, Predicate<PatientProfile> visit) {
        return gate.live(patientId, () -> QuarkusTransaction.requiringNew().call(() -> {
            PatientProfile profile = PatientProfile.findById(patientId);
            return profile != null && visit.test(profile);
        }));
    }
}
