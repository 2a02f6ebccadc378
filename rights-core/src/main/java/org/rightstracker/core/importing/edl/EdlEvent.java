package org.rightstracker.core.importing.edl;

/**
 * One event line of a CMX 3600 list with what its comments said about it. Timecodes are exact frame
 * counts at the list's rate ({@code dropFrame} tells how its labels were counted); {@code clipName} is
 * the FROM/TO CLIP NAME comment that names this line's source, null when the list has none.
 */
public record EdlEvent(
        int line,
        String number,
        String reel,
        String track,
        String transition,
        Integer transitionFrames,
        long sourceIn,
        long sourceOut,
        long recordIn,
        long recordOut,
        boolean dropFrame,
        String clipName,
        String usageCode) {

    /** A, A2, AA, A3… and B (picture and the first audio channel) carry sound; V alone does not. */
    public boolean isAudio() {
        String upper = track.toUpperCase(java.util.Locale.ROOT);
        return upper.startsWith("A") || upper.startsWith("B") || upper.contains("/A") || upper.contains("A/");
    }

    /** The clip the event plays: its clip name comment, else the reel name. */
    public String clip() {
        return clipName != null ? clipName : reel;
    }

    EdlEvent named(String clip) {
        return new EdlEvent(
                line,
                number,
                reel,
                track,
                transition,
                transitionFrames,
                sourceIn,
                sourceOut,
                recordIn,
                recordOut,
                dropFrame,
                clip,
                usageCode);
    }

    EdlEvent withUsage(String code) {
        return new EdlEvent(
                line,
                number,
                reel,
                track,
                transition,
                transitionFrames,
                sourceIn,
                sourceOut,
                recordIn,
                recordOut,
                dropFrame,
                clipName,
                code);
    }
}
