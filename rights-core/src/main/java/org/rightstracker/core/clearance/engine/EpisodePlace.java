package org.rightstracker.core.clearance.engine;

import java.util.Comparator;

/**
 * Where a production sits for licence ranges: its series and season (null for a production outside any
 * series) and its order in the season. Uses of a range licence are counted season by season, episode by
 * episode, then by cue number.
 */
public record EpisodePlace(long productionId, Long seriesId, Long seasonId, int seasonNumber, int episodeOrder) {

    /** Season number, then episode order, then production id so that unordered episodes stay stable. */
    static final Comparator<EpisodePlace> ORDER = Comparator.comparingInt(EpisodePlace::seasonNumber)
            .thenComparingInt(EpisodePlace::episodeOrder)
            .thenComparingLong(EpisodePlace::productionId);

    /** A production outside any series. */
    public static EpisodePlace alone(long productionId) {
        return new EpisodePlace(productionId, null, null, 0, 0);
    }
}
