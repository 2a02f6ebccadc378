package org.rightstracker.web.page.album;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumRight;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.MechanicalRate;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.AlbumVerdict;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.core.album.engine.TrackLine;
import org.rightstracker.core.album.engine.TrackVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.shared.RunningTime;

/**
 * What the album page shows: the album, its verdict per track joined with the track rows and their right
 * rows, the cues that may be added, and the choices its forms offer.
 */
public record AlbumView(
        Album album, AlbumVerdict verdict, List<TrackRow> tracks, List<Cue> cues, List<MechanicalRate> rates) {

    /** A track with its verdict and each of its rights with the line that judges it (null when not needed). */
    public record TrackRow(AlbumTrack track, TrackVerdict verdict, List<RightRow> rights, boolean first, boolean last) {

        /** An input id unique on the page, e.g. "title-12". */
        public String id(String name) {
            return name + "-" + track.id;
        }

        /** The duration as typed into the form (m:ss), empty when unknown. */
        public String duration() {
            return track.durationSeconds == null ? "" : RunningTime.format(Duration.ofSeconds(track.durationSeconds));
        }

        /** The mechanical cost per unit with its currency, null when unknown. */
        public String mechanical() {
            return verdict == null ? null : amount(verdict.mechanicalPerUnit(), verdict.mechanicalCurrency());
        }
    }

    public record RightRow(AlbumRight right, TrackLine line, List<AlbumRightStatus> statuses, Currency currency) {

        /** An input id unique on the page, e.g. "fee-31". */
        public String id(String name) {
            return name + "-" + right.id;
        }

        /** This share's mechanical cost per unit, null for other rights or when unknown. */
        public String mechanical() {
            return line == null ? null : amount(line.mechanicalPerUnit(), currency);
        }

        /** Still standing between the track and the album. */
        public boolean needed() {
            return line != null && !line.cleared();
        }

        public boolean isMaster() {
            return right.kind == org.rightstracker.core.album.engine.AlbumRightKind.MASTER;
        }

        public List<MasterFeeModel> feeModels() {
            return List.of(MasterFeeModel.values());
        }
    }

    static String amount(BigDecimal value, Currency currency) {
        if (value == null) {
            return null;
        }
        return (currency == null ? "" : currency.getCurrencyCode() + " ") + value.toPlainString();
    }

    /** The album's mechanicals per unit with their currency, or "none". */
    public String albumMechanical() {
        String shown = amount(verdict.mechanicalPerUnit(), verdict.mechanicalCurrency());
        return shown == null ? "none" : shown + (verdict.mechanicalCostComplete() ? "" : " (some tracks unknown)");
    }

    static AlbumView of(Album album, AlbumVerdict verdict, List<Cue> cues, List<MechanicalRate> rates) {
        Map<Long, TrackVerdict> byTrack =
                verdict.tracks().stream().collect(Collectors.toMap(TrackVerdict::trackId, Function.identity()));
        List<AlbumTrack> tracks = album.tracks;
        List<TrackRow> rows = tracks.stream()
                .map(t -> {
                    TrackVerdict v = byTrack.get(t.id);
                    List<RightRow> rights = t.rights.stream()
                            .map(r -> new RightRow(
                                    r,
                                    v == null
                                            ? null
                                            : v.lines().stream()
                                                    .filter(l -> l.recorded() != null
                                                            && l.recorded().id() == r.id)
                                                    .findFirst()
                                                    .orElse(null),
                                    List.copyOf(AlbumRightStatus.allowedFor(r.kind)),
                                    v == null ? null : v.mechanicalCurrency()))
                            .toList();
                    return new TrackRow(t, v, rights, t == tracks.get(0), t == tracks.get(tracks.size() - 1));
                })
                .toList();
        return new AlbumView(album, verdict, rows, cues, rates);
    }
}
