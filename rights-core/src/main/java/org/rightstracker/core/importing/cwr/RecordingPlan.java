package org.rightstracker.core.importing.cwr;

import java.util.List;

/** A REC record as a recording of its work: created, completed, or found as it is. */
public record RecordingPlan(
        int line,
        String title,
        String artist,
        String isrc,
        String label,
        Integer releaseYear,
        Integer durationSeconds,
        String albumTitle,
        String catalogueNumber,
        PlannedAction action,
        Long existingId,
        List<String> changes) {}
