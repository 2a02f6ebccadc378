package org.rightstracker.reports.render;

import java.text.Normalizer;
import java.util.Locale;

/** Download file names: ASCII, lower case, hyphenated, e.g. "northern-lights-over-harrow-checklist.pdf". */
public final class FileNames {

    private FileNames() {}

    /** @param report what the file is, already hyphenated, e.g. "cue-sheet-revision-2" */
    public static String of(String productionTitle, String report, String extension) {
        return slug(productionTitle) + "-" + report + "." + extension;
    }

    /** "Café Noir — Part 2" becomes "cafe-noir-part-2": accents dropped, anything else a hyphen. */
    public static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "production" : slug;
    }
}
