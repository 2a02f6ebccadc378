package org.rightstracker.core.cue;

/** How the music is heard on screen, with the code used on cue sheets. */
public enum CueUsage {
    BI("Background instrumental"),
    BV("Background vocal"),
    VI("Visual instrumental"),
    VV("Visual vocal"),
    MT("Main title"),
    ET("End title"),
    LOGO("Logo");

    private final String label;

    CueUsage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
