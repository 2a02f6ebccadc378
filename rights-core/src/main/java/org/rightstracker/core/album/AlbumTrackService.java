package org.rightstracker.core.album;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.rightstracker.core.album.engine.AlbumRequirements;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.RequiredRight;
import org.rightstracker.core.album.engine.TrackFacts;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.Errors;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.shared.TextLimit;
import org.rightstracker.core.shared.ValidationException;

/**
 * An album's track list: adding tracks from the production's cues or the catalogue, editing, removing and
 * reordering them, and deriving each track's album rights. Every change to the list raises the album's
 * version, so a track list opened before someone else's change is refused rather than reshuffled.
 */
@ApplicationScoped
public class AlbumTrackService {

    /** Which way a track moves in the list. */
    public enum Move {
        UP,
        DOWN
    }

    @Inject
    AlbumService albumService;

    public AlbumTrack get(long id) {
        return AlbumTrack.<AlbumTrack>findByIdOptional(id).orElseThrow(() -> NotFoundException.of("Track", id));
    }

    /** Adds one of the production's cues as the last track, titled and timed as the cue. */
    @Transactional
    public AlbumTrack addCue(long albumId, long albumVersion, Long cueId) {
        return addCue(albumId, albumVersion, cueId, null);
    }

    /**
     * Adds one of the production's cues as the last track. {@code recordingId}, when given, is the recording
     * the album uses for the cue's music (a score cue's album take, say); otherwise the cue's own.
     */
    @Transactional
    public AlbumTrack addCue(long albumId, long albumVersion, Long cueId, Long recordingId) {
        Album album = lockedList(albumId, albumVersion);
        Errors errors = new Errors();
        Cue cue = cueId == null ? null : Cue.findById(cueId);
        if (cue == null || !cue.production.id.equals(album.production.id)) {
            errors.add(
                    "cueId",
                    cueId == null
                            ? "Choose a cue."
                            : "Cue " + cueId + " is not a cue of " + album.production.title + ".");
        }
        Recording recording = cue == null ? null : cue.recording;
        if (recordingId != null) {
            recording = Recording.findById(recordingId);
            if (recording == null) {
                errors.add("recordingId", "Recording " + recordingId + " does not exist.");
            }
        }
        errors.throwIfAny();
        AlbumTrack track = newTrack(album);
        track.cue = cue;
        track.recording = recording;
        track.title = cue.title;
        track.durationSeconds = recording != null && recording.durationSeconds != null
                ? recording.durationSeconds
                : cue.durationSeconds;
        return added(album, track);
    }

    /** Adds any recording of the catalogue as the last track, titled and timed as the recording. */
    @Transactional
    public AlbumTrack addRecording(long albumId, long albumVersion, Long recordingId) {
        Album album = lockedList(albumId, albumVersion);
        Recording recording = recordingId == null ? null : Recording.findById(recordingId);
        if (recording == null) {
            throw new ValidationException(
                    "recordingId",
                    recordingId == null ? "Choose a recording." : "Recording " + recordingId + " does not exist.");
        }
        AlbumTrack track = newTrack(album);
        track.recording = recording;
        track.title = recording.title;
        track.durationSeconds = recording.durationSeconds;
        return added(album, track);
    }

    /** Changes a track's title and duration (an album edit may be longer or shorter than the cue). */
    @Transactional
    public AlbumTrack update(long trackId, long version, String title, String duration) {
        AlbumTrack track = get(trackId);
        track.requireVersion(version, "Track " + track.position);
        Errors errors = new Errors();
        String newTitle = errors.required(TextLimit.ALBUM_TRACK_TITLE, title);
        Duration length = errors.parse("duration", duration, RunningTime::parse);
        errors.throwIfAny();
        track.title = newTitle;
        track.durationSeconds = length == null ? null : (int) length.toSeconds();
        AlbumTrack.flush();
        return track;
    }

    @Transactional
    public void remove(long trackId, long albumVersion) {
        AlbumTrack track = get(trackId);
        Album album = lockedList(track.album.id, albumVersion);
        album.tracks.remove(track);
        album.renumber();
    }

    @Transactional
    public void move(long trackId, long albumVersion, Move move) {
        AlbumTrack track = get(trackId);
        Album album = lockedList(track.album.id, albumVersion);
        int from = album.tracks.indexOf(track);
        int to = move == Move.UP ? from - 1 : from + 1;
        if (move == null || to < 0 || to >= album.tracks.size()) {
            throw new ValidationException(
                    "move",
                    "Track " + track.position + " cannot move "
                            + (move == null ? "nowhere" : move.name().toLowerCase(java.util.Locale.ROOT)) + ".");
        }
        album.tracks.remove(from);
        album.tracks.add(to, track);
        album.renumber();
    }

    /**
     * Adds a right row for every album right the track now needs and has none for, e.g. after a publisher
     * was added in the catalogue. Rows no longer needed stay, with their history, for people to judge.
     */
    @Transactional
    public AlbumTrack refreshRights(long trackId, long version) {
        AlbumTrack track = get(trackId);
        track.requireVersion(version, "Track " + track.position);
        deriveRights(track);
        AlbumTrack.getEntityManager().lock(track, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        AlbumTrack.flush();
        return track;
    }

    void deriveRights(AlbumTrack track) {
        TrackFacts facts = AlbumFactsLoader.facts(track);
        for (RequiredRight required :
                AlbumRequirements.of(facts, AlbumFactsLoader.label(track.album)).rights()) {
            boolean recorded = track.rights.stream().anyMatch(r -> r.kind == required.kind() && matches(r, required));
            if (!recorded) {
                AlbumRight right = new AlbumRight();
                right.track = track;
                right.kind = required.kind();
                right.party = required.partyId() == null ? null : Party.findById(required.partyId());
                right.holderName = TextLimit.ALBUM_RIGHT_HOLDER_NAME.fits(required.holderName())
                        ? required.holderName()
                        : required.holderName().substring(0, TextLimit.ALBUM_RIGHT_HOLDER_NAME.max());
                right.share = required.share();
                right.status = AlbumRightStatus.NOT_REQUESTED;
                track.rights.add(right);
            }
        }
    }

    private static boolean matches(AlbumRight right, RequiredRight required) {
        if (right.party != null && required.partyId() != null) {
            return right.party.id.equals(required.partyId());
        }
        return right.holderName.equalsIgnoreCase(required.holderName());
    }

    private Album lockedList(long albumId, long albumVersion) {
        Album album = albumService.get(albumId);
        album.requireVersion(albumVersion, "The track list of " + album.title);
        Album.getEntityManager().lock(album, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return album;
    }

    private static AlbumTrack newTrack(Album album) {
        AlbumTrack track = new AlbumTrack();
        track.album = album;
        track.position = album.tracks.size() + 1;
        return track;
    }

    private AlbumTrack added(Album album, AlbumTrack track) {
        album.tracks.add(track);
        track.persist();
        deriveRights(track);
        AlbumTrack.flush();
        return track;
    }
}
