package org.rightstracker.core.clearance.engine;

import org.rightstracker.core.shared.Money;

/**
 * One item's fee before and after MFN. All three are null while the item has no fee; for an item that
 * takes no part in MFN (obsolete, denied, withdrawn, another currency) the effective fee is the fee
 * used and the uplift is zero.
 */
public record MfnResult(long itemId, Money feeUsed, Money effectiveFee, Money uplift) {

    public boolean isRaised() {
        return uplift != null && !uplift.isZero();
    }
}
