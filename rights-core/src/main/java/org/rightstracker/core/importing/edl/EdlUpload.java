package org.rightstracker.core.importing.edl;

import java.util.Map;
import org.rightstracker.core.shared.FrameRate;

/**
 * An edit decision list to import: its text, the frame rate it was cut at (null: the production's), and
 * the recordings the supervisor linked to unmatched clips, by clip key.
 */
public record EdlUpload(String fileName, String text, FrameRate rate, Map<String, Long> links) {

    public EdlUpload {
        links = links == null ? Map.of() : Map.copyOf(links);
    }
}
