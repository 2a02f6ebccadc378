package org.rightstracker.core.work;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/**
 * Where one registered owner collects (CWR SPT/SWT): a CISAC TIS territory included or excluded, with
 * the collection share of each right. "Everywhere but Canada" is World (2136) included and Canada (124)
 * excluded. {@code owner} is the position of the owner in {@link Work#rightOwnership}.
 */
@Embeddable
public class CollectionTerritory {

    @Column(name = "ownership_position", nullable = false)
    public int owner;

    @Column(nullable = false)
    public boolean included;

    @Column(name = "tis_code", nullable = false)
    public int tisCode;

    @Column(name = "pr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal pr;

    @Column(name = "mr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal mr;

    @Column(name = "sr_share", nullable = false, precision = 5, scale = 2)
    public BigDecimal sr;

    public CollectionTerritory() {}

    public CollectionTerritory(int owner, boolean included, int tisCode, BigDecimal pr, BigDecimal mr, BigDecimal sr) {
        this.owner = owner;
        this.included = included;
        this.tisCode = tisCode;
        this.pr = pr;
        this.mr = mr;
        this.sr = sr;
    }

    /** "2136" as people read it: "World" where the name is known, with the code. */
    public String territory() {
        return TisTerritories.name(tisCode);
    }
}
