package org.lumbar.analytics.fhir;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.lumbar.clinical.measures.Psfs;
import org.lumbar.commons.http.ProblemException;

/**
 * The Patient-Specific Functional Scale as a FHIR R4 Questionnaire, and the reading of a patient's
 * QuestionnaireResponse to it: a repeating group {@code activity} of a name and a 0-10 rating.
 */
public final class PsfsQuestionnaire {

    public static final String URL = "urn:lumbar:fhir:Questionnaire:psfs";
    public static final String ACTIVITY = "activity";
    public static final String NAME = "activity-name";
    public static final String RATING = "activity-rating";
    public static final int MAX_NAME = 200;
    private static final String MIN_VALUE = "http://hl7.org/fhir/StructureDefinition/minValue";
    private static final String MAX_VALUE = "http://hl7.org/fhir/StructureDefinition/maxValue";

    /** One rated activity. */
    public record Activity(String name, int rating) {
    }

    /** A checked response: what was rated and when. */
    public record Answers(List<Activity> activities, Instant authored) {

        public List<Integer> ratings() {
            return activities.stream().map(Activity::rating).toList();
        }
    }

    private PsfsQuestionnaire() {
    }

    public static Fhir.Questionnaire questionnaire() {
        Fhir.QuestionnaireItem name = new Fhir.QuestionnaireItem(NAME,
                "An activity that you are unable to do, or have difficulty doing, because of your back", "string",
                true, null, MAX_NAME, null, null);
        Fhir.QuestionnaireItem rating = new Fhir.QuestionnaireItem(RATING,
                "How able are you to do it today? 0 = unable to do it, 10 = able to do it as before the problem",
                "integer", true, null, null, List.of(new Fhir.Extension(MIN_VALUE, Psfs.MIN_RATING),
                        new Fhir.Extension(MAX_VALUE, Psfs.MAX_RATING)), null);
        Fhir.QuestionnaireItem activity = new Fhir.QuestionnaireItem(ACTIVITY, "Up to five activities", "group", true,
                true, null, null, List.of(name, rating));
        return new Fhir.Questionnaire("Questionnaire", "psfs", URL, "1", "PatientSpecificFunctionalScale",
                "Patient-Specific Functional Scale", "active", List.of("Patient"),
                "Name up to five activities your back makes hard and rate how able you are to do each, once a week.",
                List.of(activity));
    }

    /** The answer items of a response, as stored: one activity group each, without the client's texts. */
    public static List<Fhir.ResponseItem> items(List<Activity> activities) {
        return activities.stream().map(a -> new Fhir.ResponseItem(ACTIVITY, null, null, List.of(
                new Fhir.ResponseItem(NAME, null, List.of(new Fhir.Answer(a.name(), null)), null),
                new Fhir.ResponseItem(RATING, null, List.of(new Fhir.Answer(null, a.rating())), null)))).toList();
    }

    /** The response's answers, or a 400 naming the first field that does not fit the questionnaire. */
    public static Answers read(Fhir.QuestionnaireResponse response) {
        if (!"QuestionnaireResponse".equals(response.resourceType())) {
            throw ProblemException.badRequest("resourceType", "must be QuestionnaireResponse");
        }
        if (!URL.equals(response.questionnaire())) {
            throw ProblemException.badRequest("questionnaire", "must be " + URL);
        }
        if (!"completed".equals(response.status())) {
            throw ProblemException.badRequest("status", "must be completed");
        }
        List<Fhir.ResponseItem> items = response.item();
        if (items == null || items.size() < Psfs.MIN_ACTIVITIES || items.size() > Psfs.MAX_ACTIVITIES) {
            throw ProblemException.badRequest("item", "must hold 1 to " + Psfs.MAX_ACTIVITIES + " activities");
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = "item[" + i + "]";
            Fhir.ResponseItem group = items.get(i);
            if (group == null || !ACTIVITY.equals(group.linkId()) || group.item() == null) {
                throw ProblemException.badRequest(at + ".linkId", "must be " + ACTIVITY + " with its name and rating");
            }
            String name = null;
            Integer rating = null;
            for (int j = 0; j < group.item().size(); j++) {
                Fhir.ResponseItem answer = group.item().get(j);
                String field = at + ".item[" + j + "]";
                Fhir.Answer value = answer == null || answer.answer() == null || answer.answer().size() != 1
                        ? null : answer.answer().get(0);
                if (answer != null && NAME.equals(answer.linkId()) && value != null && value.valueString() != null
                        && !value.valueString().isBlank() && value.valueString().length() <= MAX_NAME) {
                    name = value.valueString().strip();
                } else if (answer != null && RATING.equals(answer.linkId()) && value != null
                        && value.valueInteger() != null && value.valueInteger() >= Psfs.MIN_RATING
                        && value.valueInteger() <= Psfs.MAX_RATING) {
                    rating = value.valueInteger();
                } else {
                    throw ProblemException.badRequest(field, "must be " + NAME + " with one valueString of 1 to "
                            + MAX_NAME + " characters, or " + RATING + " with one valueInteger from 0 to 10");
                }
            }
            if (name == null || rating == null) {
                throw ProblemException.badRequest(at + ".item", "needs both " + NAME + " and " + RATING);
            }
            activities.add(new Activity(name, rating));
        }
        return new Answers(activities, authored(response.authored()));
    }

    private static Instant authored(String authored) {
        if (authored == null) {
            return Instant.now();
        }
        Instant at;
        try {
            at = Instant.parse(authored);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("authored", "must be an instant such as 2026-12-03T08:00:00Z");
        }
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw ProblemException.badRequest("authored", "is in the future");
        }
        return at;
    }
}
