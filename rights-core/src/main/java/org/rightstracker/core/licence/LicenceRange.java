package org.rightstracker.core.licence;

/**
 * What a licence covers: the one cue it was negotiated on (the default), or every use of the same work
 * or recording in that cue's episode, season or whole series. Stored by name; never renamed.
 */
public enum LicenceRange {
    CUE("This cue only", "cue"),
    EPISODE("Every use in the episode", "episode"),
    SEASON("Every use in the season", "season"),
    SERIES("Every use in the series", "series");

    private final String label;
    private final String noun;

    LicenceRange(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    public String label() {
        return label;
    }

    /** "season", as in "the season licence". */
    public String noun() {
        return noun;
    }

    /** True for the ranges that reach beyond the cue the licence is stored on. */
    public boolean spansCues() {
        return this != CUE;
    }
}
