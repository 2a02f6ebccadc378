package org.rightstracker.core.importing.edl;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightstracker.core.identifier.Isrc;
import org.rightstracker.core.shared.InvalidValueException;

/** How clip names are compared with each other and with recording titles. */
public final class ClipNames {

    private static final Pattern ISRC = Pattern.compile(
            "(?<![A-Z0-9])([A-Z]{2}-?[A-Z0-9]{3}-?[0-9]{2}-?[0-9]{5})(?![A-Z0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern EXTENSION =
            Pattern.compile("\\.(wav|aif|aiff|mp3|m4a|aac|flac|bwf|mxf|mov|mp4)$", Pattern.CASE_INSENSITIVE);

    private ClipNames() {}

    /** Case, accents, file extension and punctuation ignored: "Lanterns_on_the_Water.WAV" → "lanterns on the water". */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(EXTENSION.matcher(text.strip()).replaceFirst(""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The clip name's title part: without an ISRC it carries and without its file extension. */
    public static String title(String clipName) {
        String withoutIsrc = ISRC.matcher(clipName).replaceAll(" ");
        String title = EXTENSION
                .matcher(withoutIsrc.strip())
                .replaceFirst("")
                .replace('_', ' ')
                .strip();
        title = title.replaceAll("^[\\s\\-–]+|[\\s\\-–]+$", "").replaceAll("\\s{2,}", " ");
        return title.isEmpty() ? clipName.strip() : title;
    }

    /** The ISRC a clip name carries, e.g. "Lanterns_GBAYE2400012.wav". */
    public static Optional<Isrc> isrc(String clipName) {
        Matcher m = ISRC.matcher(clipName);
        while (m.find()) {
            try {
                return Optional.of(Isrc.parse(m.group(1)));
            } catch (InvalidValueException notAnIsrc) {
                // Keep looking: a file name can hold other codes of the same shape.
            }
        }
        return Optional.empty();
    }
}
