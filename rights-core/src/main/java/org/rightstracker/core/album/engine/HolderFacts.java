package org.rightstracker.core.album.engine;

import java.math.BigDecimal;

/** Someone with a share of a track's master or composition, as the catalogue records them. */
public record HolderFacts(Long partyId, String name, BigDecimal share) {}
