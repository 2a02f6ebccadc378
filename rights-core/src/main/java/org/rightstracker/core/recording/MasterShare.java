package org.rightstracker.core.recording;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.rightstracker.core.clearance.ClearanceRevisions;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.BaseEntity;
import org.rightstracker.core.shared.Share;

/** A master owner's share of a recording (owners sum to 100%). */
@Entity
@EntityListeners(ClearanceRevisions.class)
public class MasterShare extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recording_id")
    public Recording recording;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal share;

    @Column(nullable = false)
    public int position;

    public Share share() {
        return Share.of(share);
    }
}
