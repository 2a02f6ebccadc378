package org.rightstracker.core.album.engine;

import java.util.List;

/**
 * What the album engine knows about one track: where its music comes from and who owns it, and the
 * album rights recorded so far.
 *
 * @param studioOwnedScore a score cue of a production whose studio owns the score outright
 * @param studio the studio that owns it (null when the production names none)
 * @param hasRecording whether the track has a catalogue recording (whose owners are {@code masterOwners})
 * @param hasWork whether the track's composition is known (its publishers are {@code publishers})
 * @param artist the recording's artist as credited, null when none is known
 */
public record TrackFacts(
        long id,
        int position,
        String title,
        Integer durationSeconds,
        boolean studioOwnedScore,
        HolderFacts studio,
        boolean hasRecording,
        List<HolderFacts> masterOwners,
        boolean hasWork,
        boolean publicDomain,
        List<HolderFacts> publishers,
        String artist,
        List<RightFacts> rights) {

    public TrackFacts {
        masterOwners = List.copyOf(masterOwners);
        publishers = List.copyOf(publishers);
        rights = List.copyOf(rights);
    }
}
