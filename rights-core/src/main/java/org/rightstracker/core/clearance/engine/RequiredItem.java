package org.rightstracker.core.clearance.engine;

import java.util.Objects;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.shared.Share;

/**
 * A clearance item a cue needs: which party must license which side, for which shares. A share is
 * null on a side the item does not clear (a sync item has no master share).
 */
public record RequiredItem(long partyId, ClearanceSide side, Share syncShare, Share masterShare) {

    public RequiredItem {
        Objects.requireNonNull(side, "side");
    }
}
