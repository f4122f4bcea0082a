package org.lumbar.analytics.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A patient as analytics knows them: clinic and time zone from their latest program event, the first program's start,
 * the last completed session and the ISO weeks their pain series begin and end in. Every field is kept with
 * order-independent updates (latest by event time, min, max), so the result does not depend on delivery order.
 */
@Entity
@Table(name = "patient_profile")
public class PatientProfile extends PanacheEntityBase {

    public static final String UTC = "UTC";

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Column(name = "clinic_id")
    public String clinicId;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Time of the program event clinic and time zone were taken from. */
    @Column(name = "profile_at")
    public Instant profileAt;

    @Column(name = "first_program_start")
    public LocalDate firstProgramStart;

    /** Day (patient's calendar) of the latest completed session. */
    @Column(name = "last_session_on")
    public LocalDate lastSessionOn;

    @Column(name = "last_session_at")
    public Instant lastSessionAt;

    @Column(name = "first_pain_week_before")
    public String firstPainWeekBefore;

    @Column(name = "first_pain_week_after")
    public String firstPainWeekAfter;

    @Column(name = "latest_pain_week")
    public String latestPainWeek;

    /** Alerts of the patient not cleared yet, kept by the alert service (and recounted after a rebuild). */
    @Column(name = "open_alerts", nullable = false)
    public int openAlerts;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public static PatientProfile of(String patientId) {
        PatientProfile profile = findById(patientId);
        if (profile == null) {
            profile = new PatientProfile();
            profile.patientId = patientId;
            profile.timeZone = UTC;
            profile.persist();
        }
        return profile;
    }

    public static List<PatientProfile> ofClinic(String clinicId) {
        return list("clinicId = ?1 order by patientId", clinicId);
    }
}
