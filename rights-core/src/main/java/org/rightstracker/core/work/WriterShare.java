package org.rightstracker.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.Share;

/** A writer's share of the writers' side of a work (writers sum to 100%). */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class WriterShare extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    public Work work;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    public WriterDesignation designation = WriterDesignation.CA;

    @Column(length = 20)
    public String society;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal share;

    @Column(nullable = false)
    public boolean workForHire;

    @Column(nullable = false)
    public int position;

    public Share share() {
        return Share.of(share);
    }
}
