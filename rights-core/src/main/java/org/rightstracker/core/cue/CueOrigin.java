package org.rightstracker.core.cue;

/** Where the music of a cue comes from; decides which rights its clearance needs. */
public enum CueOrigin {
    /** Composed for the production: cleared by the composer agreement, or owned outright by the studio. */
    SCORE("Score"),
    /** A pre-existing song: sync from each publisher and master use from each master owner. */
    SOUNDTRACK("Soundtrack"),
    /** A production-music library track, usually a one-stop. */
    LIBRARY("Library"),
    /** A song written for the production: cleared like score, through the writer's agreement. */
    ORIGINAL_SONG("Original song"),
    /** A composition out of copyright: the sync side needs nothing, a recording still needs a master licence. */
    PUBLIC_DOMAIN("Public domain");

    private final String label;

    CueOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Score and original songs are commissioned: one composer agreement instead of sync and master licences. */
    public boolean isCommissioned() {
        return this == SCORE || this == ORIGINAL_SONG;
    }
}
