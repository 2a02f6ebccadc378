package org.rightstracker.core.importing.cwr;

/** A REC record: the first release of a recording of the work. */
record CwrRecording(
        int line,
        String title,
        String artist,
        String isrc,
        String label,
        Integer releaseYear,
        Integer durationSeconds,
        String albumTitle,
        String catalogueNumber) {}
