package org.rightstracker.core.signoff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.ConflictException;

/**
 * A producer's sign-off of a production's clearance checklist: the exact PDF that was signed (kept in
 * the {@link IssuedFileStore} under {@link #sha256}), who signed and when, and the clearance figures
 * it showed. Distributors and E&amp;O insurers rely on it, so once written it never changes.
 */
@Entity
@Table(name = "sign_off")
public class SignOff extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "production_id")
    public Production production;

    /** 1, 2, 3... within the production, in signing order. */
    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public Instant signedAt;

    /** The signer's display name, as printed on the signed PDF. */
    @Column(nullable = false, length = 200)
    public String signedBy;

    /** The signer's role as printed ("Producer"); null on sign-offs recorded before roles were kept. */
    @Column(length = 60)
    public String signerRole;

    /** Signed although the production was not cleared, accepting what was outstanding. */
    @Column(nullable = false)
    public boolean withExceptions;

    /** Why the signer accepted the exceptions; set exactly when {@link #withExceptions}. */
    @Column(length = 2000)
    public String exceptionsReason;

    /** The number of the earlier sign-off this one replaces; null for the first. */
    public Integer supersedes;

    @Column(nullable = false)
    public boolean cleared;

    @Column(nullable = false)
    public int activeCues;

    @Column(nullable = false)
    public int clearedCues;

    @Column(nullable = false, precision = 4, scale = 1)
    public BigDecimal percentCleared;

    @Column(nullable = false, length = 300)
    public String fileName;

    @Column(nullable = false)
    public long sizeBytes;

    @Column(nullable = false, length = 64)
    public String sha256;

    public static List<SignOff> listFor(long productionId) {
        return list("production.id = ?1 order by number", productionId);
    }

    public static Optional<SignOff> findByNumber(long productionId, int number) {
        return find("production.id = ?1 and number = ?2", productionId, number).firstResultOptional();
    }

    // Columns stay updatable on purpose: a change then reaches the flush and is refused loudly here,
    // where updatable=false would let Hibernate drop it without a word.
    @PreUpdate
    void refuseChange() {
        throw new ConflictException(
                "Sign-off " + number + " was signed by " + signedBy + " on " + signedAt + " and can never be changed.");
    }

    @PreRemove
    void refuseRemoval() {
        throw new ConflictException(
                "Sign-off " + number + " was signed by " + signedBy + " on " + signedAt + " and can never be deleted.");
    }
}
