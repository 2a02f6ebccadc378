package org.rightstracker.core.album;

import java.util.List;

/**
 * Whether a production's album label copy is ready for delivery: {@code hasAlbum} false means no album
 * (nothing to deliver); otherwise {@code complete} says whether every album's label copy has everything,
 * and {@code missing} lists what is not, album by album.
 */
public record LabelCopyReadiness(boolean hasAlbum, boolean complete, List<String> missing) {

    public LabelCopyReadiness {
        missing = List.copyOf(missing);
    }
}
