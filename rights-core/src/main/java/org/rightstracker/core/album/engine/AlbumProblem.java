package org.rightstracker.core.album.engine;

import java.util.Objects;

/**
 * One finding about an album or a track: a stable code, a sentence, and whether it keeps the track from
 * being cleared ({@code blocking}) or only leaves its cost unknown.
 */
public record AlbumProblem(AlbumProblemCode code, String message, boolean blocking) {

    public AlbumProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    static AlbumProblem missing(AlbumProblemCode code, String message) {
        return new AlbumProblem(code, message, true);
    }

    static AlbumProblem costUnknown(AlbumProblemCode code, String message) {
        return new AlbumProblem(code, message, false);
    }
}
