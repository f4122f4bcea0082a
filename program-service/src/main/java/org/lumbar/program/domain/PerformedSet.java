package org.lumbar.program.domain;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A set number seen for an exercise in a session; a set done on both sides counts once. */
@Entity
@Table(name = "performed_set")
@IdClass(PerformedSet.Key.class)
public class PerformedSet extends PanacheEntityBase {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Id
    public String exercise;

    @Id
    @Column(name = "set_number")
    public int setNumber;

    /** The performed sets of these sessions with these set numbers, read as keys without managing the entities. */
    public static List<Key> keys(Collection<UUID> sessionIds, Collection<Integer> setNumbers) {
        return getEntityManager().createQuery("select p.sessionId, p.exercise, p.setNumber from PerformedSet p"
                + " where p.sessionId in :sessions and p.setNumber in :numbers", Key.class)
                .setParameter("sessions", sessionIds).setParameter("numbers", setNumbers).getResultList();
    }

    public record Key(UUID sessionId, String exercise, int setNumber) implements Serializable {
        public Key() {
            this(null, null, 0);
        }
    }
}
