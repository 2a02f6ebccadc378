package org.rightstracker.core.cuesheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.ConflictException;

/**
 * A cue sheet as issued to the performing-rights organisations: numbered per production, its PDF kept
 * in the issued-file store under {@link #sha256}. An issued revision is locked; a correction is a new,
 * higher revision, which the filing marks REVISED.
 */
@Entity
public class CueSheetRevision extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    /** 1 for the first filing, then 2, 3... */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public Instant issuedAt;

    @Column(nullable = false, length = 200)
    public String issuedBy;

    @Column(nullable = false)
    public int cueCount;

    @Column(nullable = false)
    public int musicSeconds;

    /** Pre-issue warnings the issuer saw and issued over, kept so the record shows they were known. */
    @Column(nullable = false)
    public int warningCount;

    @Column(nullable = false, length = 300)
    public String fileName;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    public static List<CueSheetRevision> listFor(long productionId) {
        return list("production.id = ?1 order by number", productionId);
    }

    public static Optional<CueSheetRevision> findByNumber(long productionId, int number) {
        return find("production.id = ?1 and number = ?2", productionId, number).firstResultOptional();
    }

    // Columns stay updatable on purpose: a change then reaches the flush and is refused loudly here,
    // where updatable=false would let Hibernate drop it without a word.
    @PreUpdate
    void refuseChange() {
        throw new ConflictException("Cue sheet revision " + number + " was issued on " + issuedAt
                + " and is locked; issue a new revision instead.");
    }

    @PreRemove
    void refuseRemoval() {
        throw new ConflictException("Cue sheet revision " + number + " was issued on " + issuedAt
                + " and is locked; it cannot be deleted.");
    }
}
