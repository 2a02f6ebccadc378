package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * One stored clearance item as the engine sees it: who licenses which share of which side, how far the
 * negotiation has come, for how much and with what scope. {@code granted} may be missing or partly
 * filled in while a deal is being negotiated.
 */
public record ItemFacts(
        long id,
        long partyId,
        String partyName,
        ClearanceSide side,
        Share syncShare,
        Share masterShare,
        LicenceStatus status,
        Money quotedFee,
        Money agreedFee,
        boolean mfn,
        boolean mfnWaived,
        RightsScope granted,
        LocalDate quoteExpiry,
        List<OptionFacts> options,
        boolean obsolete) {

    public ItemFacts {
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(status, "status");
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** "Request a sync quote from …", "Chase … for …"; null once licensed, denied or withdrawn. */
    public String nextStep() {
        return Wording.nextStep(this);
    }

    /** The agreed fee replaces the quote as soon as there is one; null while nobody has named a price. */
    public Money feeUsed() {
        return agreedFee != null ? agreedFee : quotedFee;
    }

    /** Obsolete, denied and withdrawn items stay on record but take no part in fees, MFN or shares in play. */
    public boolean isInPlay() {
        return !obsolete && status.isLive();
    }

    /** Percent of the composition this item licenses; a composer agreement without shares is a buyout of all. */
    BigDecimal syncPercent() {
        return percentOf(side.clearsSync(), syncShare);
    }

    /** Percent of the recording this item licenses; a composer agreement without shares is a buyout of all. */
    BigDecimal masterPercent() {
        return percentOf(side.clearsMaster(), masterShare);
    }

    BigDecimal percentOn(Side right) {
        return right == Side.SYNC ? syncPercent() : masterPercent();
    }

    boolean clears(Side right) {
        return right == Side.SYNC ? side.clearsSync() : side.clearsMaster();
    }

    private BigDecimal percentOf(boolean clearsThatSide, Share share) {
        if (!clearsThatSide) {
            return BigDecimal.ZERO;
        }
        if (share != null) {
            return share.value();
        }
        return side == ClearanceSide.COMPOSER_AGREEMENT ? Share.FULL.value() : BigDecimal.ZERO;
    }
}
