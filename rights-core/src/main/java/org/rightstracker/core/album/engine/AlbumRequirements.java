package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The album rights one track needs, derived from who owns its music: the engine's rules of ownership.
 * Services use the same list to create the right rows people then fill in, so the page and the verdict
 * never disagree on what is needed.
 */
public final class AlbumRequirements {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private AlbumRequirements() {}

    /** What a track needs, and what about its ownership is unknown. */
    public record Needs(List<RequiredRight> rights, List<AlbumProblem> problems) {}

    public static Needs of(TrackFacts track, HolderFacts label) {
        List<RequiredRight> rights = new ArrayList<>();
        List<AlbumProblem> problems = new ArrayList<>();
        if (track.studioOwnedScore()) {
            // Work made for hire: the studio owns composition and recording, so nobody else is asked.
            String studio =
                    track.studio() == null ? "The studio" : track.studio().name();
            Long studioId = track.studio() == null ? null : track.studio().partyId();
            rights.add(new RequiredRight(AlbumRightKind.STUDIO_APPROVAL, studioId, studio, null));
            return new Needs(rights, problems);
        }
        masters(track, rights, problems);
        mechanicals(track, rights, problems);
        if (needsArtistApproval(track.artist(), label)) {
            rights.add(new RequiredRight(
                    AlbumRightKind.ARTIST_APPROVAL, null, track.artist().strip(), null));
        }
        return new Needs(rights, problems);
    }

    /** An artist signed to the album's own label has agreed to its releases already. */
    static boolean needsArtistApproval(String artist, HolderFacts label) {
        if (artist == null || artist.isBlank()) {
            return false;
        }
        return label == null
                || label.name() == null
                || !label.name()
                        .strip()
                        .toLowerCase(Locale.ROOT)
                        .equals(artist.strip().toLowerCase(Locale.ROOT));
    }

    private static void masters(TrackFacts track, List<RequiredRight> rights, List<AlbumProblem> problems) {
        if (!track.hasRecording()) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.NO_RECORDING,
                    "No recording in the catalogue, so nobody knows whom to ask for the master."));
            return;
        }
        if (track.masterOwners().isEmpty()) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.NO_MASTER_OWNERS, "The recording has no master owners recorded."));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (HolderFacts owner : track.masterOwners()) {
            rights.add(new RequiredRight(AlbumRightKind.MASTER, owner.partyId(), owner.name(), owner.share()));
            total = total.add(owner.share());
        }
        if (total.compareTo(HUNDRED) < 0) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.MASTER_SHARES_INCOMPLETE,
                    "Master owners add up to " + total.stripTrailingZeros().toPlainString() + "%; the rest of the"
                            + " master has no known owner."));
        }
    }

    private static void mechanicals(TrackFacts track, List<RequiredRight> rights, List<AlbumProblem> problems) {
        if (!track.hasWork()) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.NO_WORK,
                    "No composition in the catalogue, so nobody knows whom to ask for" + " the mechanical licence."));
            return;
        }
        if (track.publicDomain()) {
            return;
        }
        if (track.publishers().isEmpty()) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.NO_PUBLISHERS, "The composition has no publishers recorded."));
            return;
        }
        BigDecimal total = BigDecimal.ZERO;
        for (HolderFacts publisher : track.publishers()) {
            rights.add(new RequiredRight(
                    AlbumRightKind.MECHANICAL, publisher.partyId(), publisher.name(), publisher.share()));
            total = total.add(publisher.share());
        }
        if (total.compareTo(HUNDRED) < 0) {
            problems.add(AlbumProblem.missing(
                    AlbumProblemCode.PUBLISHER_SHARES_INCOMPLETE,
                    "Publishers add up to " + total.stripTrailingZeros().toPlainString() + "%; the rest of the"
                            + " composition has no known publisher."));
        }
    }
}
