package org.rightstracker.core.clearance.engine;

import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.shared.Money;
import org.rightstracker.core.shared.Share;

/**
 * One clearance item after evaluation.
 *
 * @param feeUsed the agreed fee, else the quoted fee; null while unpriced
 * @param effectiveFee the fee after MFN; equals {@code feeUsed} when MFN does not apply
 * @param mfnUplift what MFN adds to {@code feeUsed}; zero when nothing, null while unpriced
 * @param coversPlan whether the granted scope covers the whole release plan
 * @param obsolete kept for history; takes no part in clearance, fees or MFN
 */
public record ItemVerdict(
        long itemId,
        String partyName,
        ClearanceSide side,
        Share syncShare,
        Share masterShare,
        LicenceStatus status,
        Money feeUsed,
        Money effectiveFee,
        Money mfnUplift,
        boolean coversPlan,
        boolean obsolete) {

    public ItemVerdict {
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(status, "status");
    }
}
