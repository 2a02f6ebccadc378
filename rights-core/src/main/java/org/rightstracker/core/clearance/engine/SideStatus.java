package org.rightstracker.core.clearance.engine;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One right of a cue: its state and the shares behind it, as percentages with two decimals.
 *
 * @param licensedShare shares held by executed licences, whatever their scope
 * @param clearedShare shares held by executed licences that cover the release plan
 * @param requiredShare 100.00 when the side needs licensing, 0.00 when it does not
 */
public record SideStatus(SideState state, BigDecimal licensedShare, BigDecimal clearedShare, BigDecimal requiredShare) {

    public SideStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(licensedShare, "licensedShare");
        Objects.requireNonNull(clearedShare, "clearedShare");
        Objects.requireNonNull(requiredShare, "requiredShare");
    }

    public boolean isNeeded() {
        return state != SideState.NOT_NEEDED;
    }

    /** Cleared or not needed: this side stands in nobody's way. */
    public boolean isDone() {
        return state == SideState.CLEARED || state == SideState.NOT_NEEDED;
    }
}
