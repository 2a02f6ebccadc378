package org.rightstracker.core.clearance.engine;

import org.rightstracker.core.licence.LicenceRange;

/**
 * A season, series or episode licence covering a cue: which licence ({@code itemId}, possibly stored on
 * another cue or episode), which use of it this cue is in counting order (1 for the first), its cap (null
 * when uncapped) and how many uses in its range the engine counted.
 */
public record RangeCover(long itemId, LicenceRange range, int use, Integer cap, int usesInRange) {

    /** How many uses share the licence's fee, as the engine divides it: the cap, else every use in range. */
    public int divisor() {
        return cap != null ? cap : Math.max(1, usesInRange);
    }

    /** "use 2 of at most 5" or "use 2 of 7 in range", for people. */
    public String usesCounted() {
        return cap != null ? "use " + use + " of at most " + cap : "use " + use + " of " + usesInRange + " in range";
    }
}
