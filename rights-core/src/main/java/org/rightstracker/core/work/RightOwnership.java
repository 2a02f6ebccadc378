package org.rightstracker.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import org.rightstracker.core.party.Party;

/**
 * One owner's share of each right of the whole work (performing, mechanical, synchronisation) as a
 * registration states it. Kept apart from the writers' and publishers' sides, which clearance uses and
 * people edit: this is what the registration said, shown beside them and sent out again in an export.
 */
@Embeddable
public class RightOwnership {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id")
    public Party party;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 9)
    public RightHolderKind kind;

    @Column(name = "pr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal pr;

    @Column(name = "mr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal mr;

    @Column(name = "sr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal sr;

    public RightOwnership() {}

    public RightOwnership(Party party, RightHolderKind kind, BigDecimal pr, BigDecimal mr, BigDecimal sr) {
        this.party = party;
        this.kind = kind;
        this.pr = pr;
        this.mr = mr;
        this.sr = sr;
    }
}
