package org.rightstracker.core.album;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.util.Currency;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.album.engine.RightFacts;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.shared.BaseEntity;

/**
 * One album right of a track: a master licence, a mechanical licence for one publisher's share, or an
 * approval. Rows are derived from the track's ownership by {@code AlbumTrackService}; people then record
 * where each stands and its terms.
 */
@Entity
public class AlbumRight extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "track_id")
    public AlbumTrack track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlbumRightKind kind;

    /** Null for an artist known only by the recording's artist name. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    public Party party;

    @Column(nullable = false, length = 300)
    public String holderName;

    /** The master or publisher share this right clears; null for approvals. */
    @Column(precision = 5, scale = 2)
    public BigDecimal share;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public AlbumRightStatus status = AlbumRightStatus.NOT_REQUESTED;

    /** Master licences only: a flat fee or a royalty rate. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public MasterFeeModel feeModel;

    @Column(precision = 14, scale = 2)
    public BigDecimal fee;

    @Column(length = 3)
    public String feeCurrency;

    /** A master royalty as a percentage of the dealer price. */
    @Column(precision = 5, scale = 2)
    public BigDecimal royaltyPercent;

    @Column(length = 1000)
    public String notes;

    public RightFacts facts() {
        return new RightFacts(
                id,
                kind,
                party == null ? null : party.id,
                holderName,
                share,
                status,
                feeModel,
                fee,
                feeCurrency == null ? null : Currency.getInstance(feeCurrency),
                royaltyPercent);
    }
}
