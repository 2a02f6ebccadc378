package org.rightstracker.core.album.engine;

import java.math.BigDecimal;

/**
 * One right a track needs and where it stands: the recorded right answering it (null when none is),
 * whether it clears its part, why not, and for a mechanical share its cost per unit sold.
 */
public record TrackLine(
        RequiredRight required, RightFacts recorded, boolean cleared, String reason, BigDecimal mechanicalPerUnit) {}
