package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The album verdict on one track: each needed right with its state, the problems in plain sentences, and
 * the mechanical cost per unit of the whole composition (null when it cannot be worked out).
 */
public record TrackVerdict(
        long trackId,
        int position,
        String title,
        List<TrackLine> lines,
        List<AlbumProblem> problems,
        BigDecimal mechanicalPerUnit,
        Currency mechanicalCurrency,
        boolean cleared) {

    public TrackVerdict {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    /** The lines still standing between this track and the album. */
    public List<TrackLine> missing() {
        return lines.stream().filter(l -> !l.cleared()).toList();
    }
}
