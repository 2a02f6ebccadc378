package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.rightstracker.core.shared.Money;

/**
 * The album verdict: every track's verdict in track order, problems of the album itself, the mechanical
 * cost per unit of the whole album ({@code mechanicalCostComplete} false when a track's cost is unknown
 * and left out), and the master flat fees recorded, one total per currency.
 */
public record AlbumVerdict(
        List<TrackVerdict> tracks,
        List<AlbumProblem> problems,
        BigDecimal mechanicalPerUnit,
        Currency mechanicalCurrency,
        boolean mechanicalCostComplete,
        List<Money> masterFlatFees) {

    public AlbumVerdict {
        tracks = List.copyOf(tracks);
        problems = List.copyOf(problems);
        masterFlatFees = List.copyOf(masterFlatFees);
    }

    public long clearedTracks() {
        return tracks.stream().filter(TrackVerdict::cleared).count();
    }

    /** Cleared when there are tracks, every one is cleared, and nothing about the album itself blocks. */
    public boolean cleared() {
        return !tracks.isEmpty()
                && tracks.stream().allMatch(TrackVerdict::cleared)
                && problems.stream().noneMatch(AlbumProblem::blocking);
    }
}
