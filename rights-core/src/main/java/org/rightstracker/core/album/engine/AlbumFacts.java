package org.rightstracker.core.album.engine;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * An album as the engine sees it: its label (to tell whether the artist needs asking), its mechanical
 * rate, its dealer price (for a percentage rate) and its tracks in order.
 */
public record AlbumFacts(
        String title,
        HolderFacts label,
        RateFacts rate,
        BigDecimal dealerPrice,
        Currency dealerPriceCurrency,
        List<TrackFacts> tracks) {

    public AlbumFacts {
        tracks = List.copyOf(tracks);
    }
}
