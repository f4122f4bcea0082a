package org.lumbar.session.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A 0–10 pain score reported in a session, with the guidance the patient was given. */
@Entity
@Table(name = "pain_report")
public class PainReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false)
    public UUID sessionId;

    public String exercise;

    @Column(nullable = false)
    public int score;

    /** before, during or after. */
    @Column(nullable = false)
    public String timing;

    public String quality;

    /** back, buttock or leg. */
    public String location;

    /** left, right or both, where the location has sides. */
    public String side;

    @Column(name = "flare_up", nullable = false)
    public boolean flareUp;

    /** The id of the clinical rule that answered the report. */
    @Column(name = "rule_id")
    public String ruleId;

    /** Comma-separated red-flag codes the patient answered yes to. */
    @Column(name = "red_flags")
    public String redFlags;

    @Column(nullable = false)
    public String guidance;

    @Column(nullable = false)
    public boolean alert;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The highest score of the patient's latest other session that started after {@code since}, or null. */
    public static Integer worstOfLastSession(String patientId, UUID exceptSession, Instant since) {
        List<Integer> scores = getEntityManager().createQuery("""
                select max(p.score) from PainReport p, ExerciseSession s
                where p.sessionId = s.id and s.patientId = ?1 and s.id <> ?2 and s.startedAt >= ?3
                group by s.id, s.startedAt order by s.startedAt desc""", Integer.class)
                .setParameter(1, patientId).setParameter(2, exceptSession).setParameter(3, since)
                .setMaxResults(1).getResultList();
        return scores.isEmpty() ? null : scores.get(0);
    }

    public static List<PainReport> ofSession(UUID sessionId) {
        return list("sessionId = ?1 order by occurredAt", sessionId);
    }
}
