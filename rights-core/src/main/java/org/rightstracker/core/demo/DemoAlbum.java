package org.rightstracker.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumInput;
import org.rightstracker.core.album.AlbumRight;
import org.rightstracker.core.album.AlbumRightInput;
import org.rightstracker.core.album.AlbumRightService;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.AlbumTrackService;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

/**
 * The demo film's soundtrack album: twelve tracks, six score cues in their album recordings and six songs,
 * every right licensed or approved except one publisher's mechanical, so the album checklist has exactly
 * one gap to show.
 */
@ApplicationScoped
public class DemoAlbum {

    static final String TITLE = "Northern Lights Over Harrow (Original Motion Picture Soundtrack)";
    private static final List<String> SCORE_CUES = List.of("1M1", "1M3", "2M3", "3M3", "4M1", "5M1");

    @Inject
    AlbumService albums;

    @Inject
    AlbumTrackService tracks;

    @Inject
    AlbumRightService rights;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    void load(DemoCast cast, Production film, LocalDate today) {
        Album album = albums.create(
                film.id,
                new AlbumInput(
                        TITLE,
                        cast.meridianRecords.id,
                        today.plusMonths(6),
                        "MR-2026-014",
                        "5012345678900",
                        "\u2117 2026 Meridian Records",
                        "\u00a9 2026 Harbourline Pictures",
                        null,
                        null,
                        null));
        List<Cue> cues = Cue.<Cue>list("production", film).stream()
                .sorted(Comparator.comparing((Cue c) -> c.number, CueNumberOrder.INSTANCE))
                .toList();
        publishTheScore(cast, cues);
        int isrc = 1;
        for (Cue cue : cues) {
            if (cue.origin == CueOrigin.SCORE && SCORE_CUES.contains(cue.number)) {
                // The score's album takes: recorded for the album, owned by the studio that paid for them.
                Recording take = recordings.create(new RecordingInput(
                        cue.title,
                        cast.composer.name,
                        String.format("GBHLP26%05d", isrc++),
                        2026,
                        null,
                        cue.work.id,
                        null,
                        List.of(new RecordingInput.Owner(cast.studio.id, "100"))));
                tracks.addCue(album.id, version(album.id), cue.id, take.id);
            }
        }
        for (Cue cue : cues) {
            if (Album.<Album>findById(album.id).tracks.size() == 12) {
                break;
            }
            if (cue.origin != CueOrigin.SCORE && fullyOwned(cue)) {
                tracks.addCue(album.id, version(album.id), cue.id);
            }
        }
        licenseAllButOneMechanical(album.id);
    }

    /** The score's composition gets a publisher, as a composer's score usually has for its album release. */
    private void publishTheScore(DemoCast cast, List<Cue> cues) {
        Work suite = cues.stream()
                .filter(c -> c.origin == CueOrigin.SCORE && c.work != null)
                .map(c -> c.work)
                .findFirst()
                .orElseThrow();
        if (!suite.publishers.isEmpty()) {
            return;
        }
        works.update(
                suite.id,
                suite.version,
                new WorkInput(
                        suite.title,
                        suite.iswc,
                        suite.publicDomain,
                        List.copyOf(suite.alternateTitles),
                        suite.notes,
                        suite.writers.stream()
                                .map(w -> new WorkInput.Writer(
                                        w.party.id, w.share.toPlainString(), w.designation, w.society, w.workForHire))
                                .toList(),
                        List.of(new WorkInput.Publisher(
                                cast.harbourSongs.id,
                                "100",
                                org.rightstracker.core.work.PublisherRole.ORIGINAL_PUBLISHER,
                                null))));
    }

    /** Songs whose master and composition are wholly accounted for, so only their licences can be missing. */
    private static boolean fullyOwned(Cue cue) {
        if (cue.recording == null
                || cue.work == null
                || !cue.recording.ownerTotal().isFull()) {
            return false;
        }
        return cue.work.publicDomain || cue.work.publisherTotal().isFull();
    }

    private void licenseAllButOneMechanical(long albumId) {
        boolean leftOpen = false;
        for (AlbumTrack track : Album.<Album>findById(albumId).tracks) {
            for (AlbumRight right : List.copyOf(track.rights)) {
                boolean song = track.cue != null && track.cue.origin != CueOrigin.SCORE;
                if (!leftOpen && song && right.kind == AlbumRightKind.MECHANICAL) {
                    // The one gap of the demo: a publisher asked, not yet answered.
                    rights.update(
                            right.id,
                            right.version,
                            new AlbumRightInput(
                                    AlbumRightStatus.REQUESTED,
                                    null,
                                    null,
                                    null,
                                    null,
                                    "Asked by e-mail; chase next week."));
                    leftOpen = true;
                } else if (right.kind == AlbumRightKind.MASTER) {
                    boolean studio = !song;
                    rights.update(
                            right.id,
                            right.version,
                            new AlbumRightInput(
                                    AlbumRightStatus.LICENSED,
                                    studio ? MasterFeeModel.ROYALTY : MasterFeeModel.FLAT_FEE,
                                    studio ? null : "2500",
                                    studio ? null : "USD",
                                    studio ? "18" : null,
                                    null));
                } else {
                    rights.update(
                            right.id,
                            right.version,
                            new AlbumRightInput(
                                    right.kind.isApproval() ? AlbumRightStatus.APPROVED : AlbumRightStatus.LICENSED,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null));
                }
            }
        }
    }

    private static long version(long albumId) {
        return Album.<Album>findById(albumId).version;
    }
}
