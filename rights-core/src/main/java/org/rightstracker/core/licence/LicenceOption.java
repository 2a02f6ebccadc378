package org.rightstracker.core.licence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.shared.BaseEntity;

/** An option in a licence (e.g. extra territory or media for a fee) with its exercise deadline. */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class LicenceOption extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clearance_item_id")
    public ClearanceItem item;

    @Column(nullable = false, length = 500)
    public String description;

    @Column(precision = 14, scale = 2)
    public BigDecimal fee;

    @Column(length = 3)
    public String currency;

    public LocalDate exerciseDeadline;

    @Column(nullable = false)
    public boolean exercised;

    /** Set by the nightly expiry run when the deadline passed unexercised; a lapsed option cannot be exercised. */
    public LocalDate lapsedOn;
}
