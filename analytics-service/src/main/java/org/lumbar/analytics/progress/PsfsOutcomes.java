package org.lumbar.analytics.progress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.lumbar.analytics.domain.PsfsResponse;
import org.lumbar.analytics.fhir.Fhir;
import org.lumbar.analytics.fhir.PsfsQuestionnaire;
import org.lumbar.clinical.measures.IsoWeek;
import org.lumbar.clinical.measures.Psfs;
import org.lumbar.commons.http.ProblemException;
import org.lumbar.commons.persistence.TimeOrderedIds;
import org.lumbar.commons.security.Caller;
import org.lumbar.analytics.activity.PatientHistory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Patient-Specific Functional Scale: a patient answers it (a FHIR QuestionnaireResponse), the patient and the
 * clinicians of their clinic read its trend. A response sent again with the same id is stored once.
 */
@ApplicationScoped
public class PsfsOutcomes {

    private final Caller caller;
    private final PatientAnalytics analytics;
    private final ObjectMapper json;

    public PsfsOutcomes(Caller caller, PatientAnalytics analytics, ObjectMapper json) {
        this.caller = caller;
        this.analytics = analytics;
        this.json = json;
    }

    @Transactional
    public Fhir.QuestionnaireResponse answer(String patientPath, Fhir.QuestionnaireResponse response) {
        String patientId = caller.patientFromPath(patientPath);
        if (!caller.isPatient() || !patientId.equals(caller.id())) {
            throw ProblemException.notFound("Patient " + patientPath);
        }
        PsfsQuestionnaire.Answers answers = PsfsQuestionnaire.read(response);
        UUID id = id(response.id());
        PsfsResponse known = PsfsResponse.findById(id);
        if (known != null) {
            if (!known.patientId.equals(patientId)) {
                throw ProblemException.conflict("id " + id + " is already used by another response");
            }
            return stored(known);
        }
        PatientHistory history = analytics.readable(patientPath);
        Fhir.QuestionnaireResponse stored = new Fhir.QuestionnaireResponse("QuestionnaireResponse", id.toString(),
                PsfsQuestionnaire.URL, "completed", new Fhir.Reference("Patient/" + patientId),
                answers.authored().toString(), PsfsQuestionnaire.items(answers.activities()));
        PsfsResponse entity = new PsfsResponse();
        entity.id = id;
        entity.patientId = patientId;
        entity.authoredAt = answers.authored();
        entity.isoWeek = IsoWeek.of(history.today(answers.authored())).toString();
        entity.score = Psfs.score(answers.ratings());
        entity.response = write(stored);
        entity.persist();
        return stored;
    }

    @Transactional
    public PsfsTrendView trend(String patientPath) {
        PatientHistory history = analytics.readable(patientPath);
        Map<String, PsfsTrendView.Week> latestOfWeek = new LinkedHashMap<>();
        for (PsfsResponse response : PsfsResponse.ofPatient(history.patientId())) {
            List<PsfsTrendView.Rated> rated = PsfsQuestionnaire.read(stored(response)).activities().stream()
                    .map(a -> new PsfsTrendView.Rated(a.name(), a.rating())).toList();
            latestOfWeek.put(response.isoWeek,
                    new PsfsTrendView.Week(response.isoWeek, response.score, response.authoredAt, rated));
        }
        List<PsfsTrendView.Week> weeks = new ArrayList<>(latestOfWeek.values());
        weeks.sort((a, b) -> a.week().compareTo(b.week()));
        Double baseline = weeks.isEmpty() ? null : weeks.get(0).score();
        Double latest = weeks.isEmpty() ? null : weeks.get(weeks.size() - 1).score();
        Double change = baseline == null ? null : Math.round(10.0 * (latest - baseline)) / 10.0;
        return new PsfsTrendView(history.patientId(), PsfsQuestionnaire.URL, weeks, baseline, latest, change,
                Psfs.MCID_POINTS, baseline != null && Psfs.meaningfulImprovement(baseline, latest));
    }

    private static UUID id(String given) {
        if (given == null) {
            return TimeOrderedIds.next();
        }
        try {
            return UUID.fromString(given);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("id", "must be a UUID chosen by the client, or left out");
        }
    }

    private Fhir.QuestionnaireResponse stored(PsfsResponse response) {
        try {
            return json.readValue(response.response, Fhir.QuestionnaireResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored PSFS response " + response.id + " is not readable", e);
        }
    }

    private String write(Fhir.QuestionnaireResponse response) {
        try {
            return json.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
