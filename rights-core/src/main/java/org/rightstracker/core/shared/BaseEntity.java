package org.rightstracker.core.shared;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Id, timestamps and optimistic locking for every entity. Edit forms and API updates carry
 * {@link #version} so that a stale save fails loudly instead of overwriting someone else's change.
 */
@MappedSuperclass
public abstract class BaseEntity extends PanacheEntityBase {

    /** Taken from the table's own sequence in blocks, so inserts can be batched ({@link IdSequences}). */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /**
     * Refuses a change made from a stale copy: the caller read {@code expected}, someone else has
     * saved since. Hibernate's own version check still guards the race between two concurrent saves.
     */
    public void requireVersion(long expected, String what) {
        if (version != expected) {
            throw new ConflictException(what + " was changed by someone else (at " + updatedAt
                    + ") after you opened it. Reload to see their change, then make yours again.");
        }
    }
}
