package org.rightstracker.core.album.engine;

import java.math.BigDecimal;

/** One right a track needs before it can go on the album: its kind, from whom, and for which share. */
public record RequiredRight(AlbumRightKind kind, Long partyId, String holderName, BigDecimal share) {}
