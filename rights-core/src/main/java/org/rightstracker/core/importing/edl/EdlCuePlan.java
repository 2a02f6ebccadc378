package org.rightstracker.core.importing.edl;

import java.util.List;

/**
 * One row of the preview: a cue of the cut (or a cue the cut dropped), what applying the cut changes,
 * and what that does to its clearance in the engine's own words. {@code cueId} is null for a new cue.
 */
public record EdlCuePlan(
        String lines,
        String number,
        String title,
        String clipName,
        String recording,
        String matchedBy,
        EdlAction action,
        List<String> changes,
        String timingBefore,
        String timingAfter,
        String usageBefore,
        String usageAfter,
        String statusBefore,
        String statusAfter,
        List<String> consequences,
        Long cueId) {

    public EdlCuePlan {
        changes = List.copyOf(changes);
        consequences = List.copyOf(consequences);
    }

    /** The clearance verdict moves from cleared to anything else. */
    public boolean losesClearance() {
        return "Cleared".equals(statusBefore) && statusAfter != null && !"Cleared".equals(statusAfter);
    }
}
