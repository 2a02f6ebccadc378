package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.GrantedUse;
import org.rightstracker.core.licence.LicenceRange;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.scope.RightsScope;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * One stored clearance item as the engine sees it: who licenses which share of which side, how far the
 * negotiation has come, for how much and with what scope. {@code granted} may be missing or partly
 * filled in while a deal is being negotiated. {@code range} and {@code rangeCap} say which cues it covers
 * (see {@link RangeCoverage}); {@code use} what it allows per cue. {@code perUse} marks the view of a range
 * licence from one of the cues it covers: its fee is the share of one use, and the licence's full fee
 * is budgeted once, by the production of the cue it is stored on.
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
        boolean obsolete,
        LicenceRange range,
        Integer rangeCap,
        GrantedUse use,
        boolean perUse) {

    public ItemFacts {
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(status, "status");
        options = options == null ? List.of() : List.copyOf(options);
        range = range == null ? LicenceRange.CUE : range;
        use = use == null ? GrantedUse.ANY : use;
    }

    /** A licence for its one cue, granting any use: how items were before ranges and granted use. */
    public ItemFacts(
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
        this(
                id,
                partyId,
                partyName,
                side,
                syncShare,
                masterShare,
                status,
                quotedFee,
                agreedFee,
                mfn,
                mfnWaived,
                granted,
                quoteExpiry,
                options,
                obsolete,
                LicenceRange.CUE,
                null,
                GrantedUse.ANY,
                false);
    }

    /** This licence as one use of it: the fee divided over {@code uses}, the budget left to the whole. */
    ItemFacts asOneUseOf(int uses) {
        return new ItemFacts(
                id,
                partyId,
                partyName,
                side,
                syncShare,
                masterShare,
                status,
                perUse(quotedFee, uses),
                perUse(agreedFee, uses),
                mfn,
                mfnWaived,
                granted,
                quoteExpiry,
                List.of(),
                obsolete,
                range,
                rangeCap,
                use,
                true);
    }

    private static Money perUse(Money fee, int uses) {
        if (fee == null || uses <= 1) {
            return fee;
        }
        int digits = Math.max(fee.currency().getDefaultFractionDigits(), 0);
        return Money.of(fee.amount().divide(BigDecimal.valueOf(uses), digits, RoundingMode.HALF_UP), fee.currency());
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
