package org.rightstracker.reports.cuesheet;

/**
 * Something to fix before a cue sheet goes to the societies, because a society would reject the line
 * or pay the wrong person.
 *
 * @param cueNumber the cue it is about; null when about the whole sheet
 */
public record CueSheetWarning(Kind kind, String cueNumber, String message) {

    public enum Kind {
        MISSING_SOCIETY,
        MISSING_IPI,
        WRITER_SHARES,
        PUBLISHER_SHARES,
        NO_COMPOSITION,
        NO_TIMING,
        MUSIC_BEYOND_RUNTIME,
        OVERLAP
    }
}
