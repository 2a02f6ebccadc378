package org.rightstracker.core.importing.cuelist;

import java.util.List;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;

/**
 * One row of a cue list with every cell checked and parsed. A null value means the cell was empty; a
 * column missing from the file is {@code present = false} in {@link CueRowReader}'s terms and keeps what
 * an existing cue already has.
 */
record CueRow(
        int line,
        String number,
        String title,
        CueUsage usage,
        CueOrigin origin,
        String timecodeIn,
        String timecodeOut,
        Integer durationSeconds,
        String artist,
        String isrc,
        String iswc,
        List<ShareCell.Entry> writers,
        List<ShareCell.Entry> publishers,
        List<ShareCell.Entry> owners,
        String scene,
        String notes) {

    boolean namesWork() {
        return iswc != null || !writers.isEmpty() || !publishers.isEmpty();
    }

    boolean namesRecording() {
        return isrc != null || artist != null || !owners.isEmpty();
    }
}
