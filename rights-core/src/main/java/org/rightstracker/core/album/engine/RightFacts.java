package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An album right recorded for a track: who, what, where it stands and its terms. A right is matched to
 * what the track needs by kind and party (by name for an artist known only by name).
 */
public record RightFacts(
        long id,
        AlbumRightKind kind,
        Long partyId,
        String holderName,
        BigDecimal share,
        AlbumRightStatus status,
        MasterFeeModel feeModel,
        BigDecimal fee,
        Currency feeCurrency,
        BigDecimal royaltyPercent) {

    boolean answers(RequiredRight required) {
        if (kind != required.kind()) {
            return false;
        }
        if (partyId != null && required.partyId() != null) {
            return partyId.equals(required.partyId());
        }
        return holderName != null && holderName.equalsIgnoreCase(required.holderName());
    }
}
