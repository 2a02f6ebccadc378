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

/**
 * A publisher's (or self-published writer's) share of the publishers' side of a work. Sync
 * clearance needs licences covering 100% of this side.
 */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class PublisherShare extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "work_id")
    public Work work;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    public PublisherRole role = PublisherRole.ORIGINAL_PUBLISHER;

    @Column(length = 20)
    public String society;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal share;

    @Column(nullable = false)
    public int position;

    public Share share() {
        return Share.of(share);
    }
}
