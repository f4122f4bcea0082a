package org.lumbar.analytics.domain;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A finished week whose progress went out on progress.events, so it goes out once. */
@Entity
@Table(name = "weekly_report")
@IdClass(WeeklyReport.Key.class)
public class WeeklyReport extends PanacheEntityBase {

    @Id
    @Column(name = "patient_id")
    public String patientId;

    @Id
    @Column(name = "iso_week")
    public String isoWeek;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    public record Key(String patientId, String isoWeek) implements Serializable {
        public Key() {
            this(null, null);
        }
    }
}
