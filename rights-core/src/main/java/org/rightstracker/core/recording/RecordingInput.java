package org.rightstracker.core.recording;

import java.util.List;

/** A recording as typed in a form or sent to the API, with its full list of master owners. */
public record RecordingInput(
        String title,
        String artist,
        String isrc,
        Integer releaseYear,
        String duration,
        Long workId,
        String notes,
        List<Owner> owners) {

    public record Owner(Long partyId, String share) {}
}
