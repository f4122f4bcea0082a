package org.lumbar.analytics.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A clinic's endpoint for progress events: URL, signing secret, the event types it wants. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public String clinicId;

    @Column(nullable = false)
    public String url;

    /** The HMAC key; never answered back. */
    @Column(nullable = false)
    public String secret;

    /** CloudEvents types, comma-separated. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    public String description;

    @Column(nullable = false)
    public boolean enabled;

    /** Failed attempts in a row, over all its deliveries; a success resets it. */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public List<String> eventTypeList() {
        return Arrays.asList(eventTypes.split(","));
    }

    public boolean wants(String eventType) {
        return eventTypeList().contains(eventType);
    }

    /**
     * The clinic's enabled webhooks. Asked for with every progress event; webhooks are never changed in the transactions
     * that ask, so the query does not flush (and dirty-check) the persistence context first.
     */
    public static List<Webhook> enabledOf(String clinicId) {
        return Webhook.<Webhook> find("clinicId = ?1 and enabled = true", clinicId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).list();
    }

    public static List<Webhook> ofClinic(String clinicId) {
        return list("clinicId = ?1 order by createdAt, id", clinicId);
    }
}
