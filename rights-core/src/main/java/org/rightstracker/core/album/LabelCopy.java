package org.rightstracker.core.album;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.RunningTime;
import org.rightstracker.core.work.Work;

/**
 * The label copy of an album: what a label prints and registers per track (title, artists, writers and
 * publishers with society and share, ISRC, duration) and the album's ℗ and © lines. Each track says what
 * it still lacks, so the label copy can be checked for completeness before it is sent.
 */
public record LabelCopy(
        long albumId,
        String albumTitle,
        String productionTitle,
        String label,
        String catalogueNumber,
        String gtin,
        LocalDate releaseDate,
        String pLine,
        String cLine,
        List<Track> tracks,
        List<String> missing) {

    /** A writer or publisher as credited: name, society and share of its side. */
    public record Credit(String name, String society, BigDecimal share) {}

    public record Track(
            int position,
            String title,
            String artists,
            List<Credit> writers,
            List<Credit> publishers,
            String isrc,
            Integer durationSeconds,
            List<String> missing) {

        public String duration() {
            return durationSeconds == null ? "" : RunningTime.format(java.time.Duration.ofSeconds(durationSeconds));
        }
    }

    /** Complete when the album has its lines and tracks and no track lacks anything. */
    public boolean complete() {
        return missing.isEmpty() && tracks.stream().allMatch(t -> t.missing().isEmpty());
    }

    /** Everything missing, album first, then per track ("Track 3: no ISRC"). */
    public List<String> allMissing() {
        List<String> all = new ArrayList<>(missing);
        for (Track track : tracks) {
            for (String line : track.missing()) {
                all.add("Track " + track.position() + " (" + track.title() + "): " + line);
            }
        }
        return all;
    }

    static LabelCopy of(Album album) {
        List<String> missing = new ArrayList<>();
        if (album.tracks.isEmpty()) {
            missing.add("The album has no tracks.");
        }
        if (album.phonogramLine == null) {
            missing.add("The album has no \u2117 line.");
        }
        if (album.copyrightLine == null) {
            missing.add("The album has no \u00a9 line.");
        }
        return new LabelCopy(
                album.id,
                album.title,
                album.production.title,
                album.label == null ? null : album.label.name,
                album.catalogueNumber,
                album.gtin,
                album.releaseDate,
                album.phonogramLine,
                album.copyrightLine,
                album.tracks.stream().map(LabelCopy::track).toList(),
                missing);
    }

    private static Track track(AlbumTrack track) {
        List<String> missing = new ArrayList<>();
        Work work = track.work();
        Recording recording = track.recording;
        List<Credit> writers = work == null
                ? List.of()
                : work.writers.stream()
                        .map(w -> new Credit(w.party.name, w.society != null ? w.society : w.party.society, w.share))
                        .toList();
        List<Credit> publishers = work == null
                ? List.of()
                : work.publishers.stream()
                        .map(p -> new Credit(p.party.name, p.society != null ? p.society : p.party.society, p.share))
                        .toList();
        if (writers.isEmpty()) {
            missing.add("no writers");
        }
        if (publishers.isEmpty() && (work == null || !work.publicDomain)) {
            missing.add("no publishers");
        }
        String isrc = recording == null || recording.isrc == null
                ? null
                : Isrc.parse(recording.isrc).formatted();
        if (isrc == null) {
            missing.add("no ISRC");
        }
        if (track.durationSeconds == null) {
            missing.add("no duration");
        }
        // A score track is credited to its composer when no recording names an artist.
        String artists = recording != null && recording.artist != null
                ? recording.artist
                : String.join(", ", writers.stream().map(Credit::name).toList());
        return new Track(
                track.position, track.title, artists, writers, publishers, isrc, track.durationSeconds, missing);
    }
}
