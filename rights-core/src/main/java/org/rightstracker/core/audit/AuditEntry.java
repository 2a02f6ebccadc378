package org.rightstracker.core.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.List;

/**
 * One audited change: who, when, to what, and for a changed field its old and new value as shown
 * to users. Written by {@link AuditTrail}, never edited.
 */
@Entity
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(nullable = false)
    public Instant changedAt;

    @Column(nullable = false, length = 60)
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public AuditAction action;

    @Column(nullable = false, length = 40)
    public String entityType;

    @Column(nullable = false)
    public long entityId;

    /** What was changed, in words: "Sync licence from Publisher A (50.00%) on cue 2M14". */
    @Column(nullable = false, length = 300)
    public String subject;

    /** The field's name in words ("agreed fee"); null when a whole row was added or removed. */
    @Column(length = 60)
    public String field;

    @Column(length = 1000)
    public String oldValue;

    @Column(length = 1000)
    public String newValue;

    public Long productionId;
    public Long cueId;
    public Long itemId;
    public Long workId;
    public Long recordingId;

    /** The sentence a history page shows. */
    public String describe() {
        return switch (action) {
            case ADDED -> username + " added " + subject + (newValue == null ? "" : ": " + newValue);
            case REMOVED -> username + " removed " + subject + (oldValue == null ? "" : " (was " + oldValue + ")");
            case CHANGED ->
                username + " changed the " + field + " of " + subject + " from " + shown(oldValue) + " to "
                        + shown(newValue);
        };
    }

    private static String shown(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }

    /** Everything that happened to a cue: its own fields, its items and options, and its music's ownership. */
    public static List<AuditEntry> forCue(long cueId, Long workId, Long recordingId) {
        return find(
                        "cueId = ?1 or (?2 is not null and workId = ?2) or (?3 is not null and recordingId = ?3)"
                                + " order by changedAt desc, id desc",
                        cueId,
                        workId,
                        recordingId)
                .list();
    }

    public static List<AuditEntry> forItem(long itemId) {
        return find("itemId = ?1 order by changedAt desc, id desc", itemId).list();
    }
}
