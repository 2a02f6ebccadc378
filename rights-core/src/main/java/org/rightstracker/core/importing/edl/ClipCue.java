package org.rightstracker.core.importing.edl;

import java.util.List;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.Timecode;

/**
 * One stretch of one clip in the cut: the audio events of that clip that touch or overlap, merged. The
 * cue's in and out are the first record in and the last record out, as frames at the list's rate.
 */
public record ClipCue(
        String clipName,
        String usageCode,
        List<Integer> lines,
        long recordIn,
        long recordOut,
        FrameRate rate,
        boolean dropFrame) {

    public ClipCue {
        lines = List.copyOf(lines);
    }

    public int firstLine() {
        return lines.get(0);
    }

    /** The clip's key for matching and aliases: case, accents and punctuation ignored. */
    public String key() {
        return ClipNames.key(clipName);
    }

    /** Record in as the product files it, at the production's frame rate. */
    public String timecodeIn(FrameRate production) {
        return filed(recordIn, production);
    }

    public String timecodeOut(FrameRate production) {
        return filed(recordOut, production);
    }

    /** Whole seconds between in and out as the product derives them from the filed timecodes. */
    public int seconds(FrameRate production) {
        Timecode in = Timecode.parse(timecodeIn(production), production);
        Timecode out = Timecode.parse(timecodeOut(production), production);
        return in.equals(out) ? 0 : (int) Math.round(in.durationUntil(out).toMillis() / 1000.0);
    }

    // Labels are kept when the rates agree; otherwise the label's time is carried to the production's rate.
    private String filed(long frames, FrameRate production) {
        EdlTimecodes counting = EdlTimecodes.of(rate, dropFrame);
        String label = counting.filedLabel(frames);
        if (production == rate) {
            return label;
        }
        long labelFrames = EdlTimecodes.of(rate, false).frames(label);
        long carried = Math.round(labelFrames * (double) production.nominalFrames() / rate.nominalFrames());
        return Timecode.ofFrames(carried, production).toString();
    }
}
