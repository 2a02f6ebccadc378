package org.rightstracker.core.album.engine;

/** Stable codes for what stands between a track and the album; never renamed or reused. */
public enum AlbumProblemCode {
    NO_TRACKS,
    NO_RECORDING,
    NO_MASTER_OWNERS,
    MASTER_SHARES_INCOMPLETE,
    NO_WORK,
    NO_PUBLISHERS,
    PUBLISHER_SHARES_INCOMPLETE,
    RIGHT_MISSING,
    RIGHT_PENDING,
    RIGHT_DENIED,
    NO_DURATION,
    NO_DEALER_PRICE,
    RATE_INCOMPLETE
}
