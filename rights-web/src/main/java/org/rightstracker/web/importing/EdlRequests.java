package org.rightstracker.web.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.importing.edl.ClipNames;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.shared.ValidationException;

/** Reads the choices that come with an EDL from a page or the API: its frame rate and the clip links. */
public final class EdlRequests {

    private EdlRequests() {}

    /** The rate chosen at import; null (blank) means the production's. */
    public static FrameRate frameRate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FrameRate.parse(text);
        } catch (InvalidValueException e) {
            throw new ValidationException("frameRate", e.getMessage());
        }
    }

    /**
     * Links written "recordingId:clip name" (the page's selects send the clip key, the API a clip name or
     * key); a blank value is "no link". Keys are taken as {@link ClipNames#key}, so either form matches.
     */
    public static Map<String, Long> links(List<String> values) {
        Map<String, Long> links = new HashMap<>();
        if (values == null) {
            return links;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            int colon = value.indexOf(':');
            String id = colon < 0 ? "" : value.substring(0, colon).strip();
            String clip = colon < 0 ? "" : ClipNames.key(value.substring(colon + 1));
            if (!id.matches("[0-9]{1,18}") || clip.isEmpty()) {
                throw new ValidationException(
                        "link",
                        "Link '" + shorten(value) + "' is not \"recording id:clip name\", e.g. 12:Main Title.wav.");
            }
            links.put(clip, Long.parseLong(id));
        }
        return links;
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
