package org.rightstracker.core.cue;

/** A cue as typed in a form or sent to the API; timing arrives as text and is parsed by the service. */
public record CueInput(
        String number,
        String title,
        CueOrigin origin,
        CueUsage usage,
        String timecodeIn,
        String timecodeOut,
        String duration,
        String scene,
        String moods,
        String styles,
        String notes,
        Long workId,
        Long recordingId,
        boolean active) {}
