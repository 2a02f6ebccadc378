package org.rightstracker.core.importing.edl;

/** What applying a cut does to one cue. */
public enum EdlAction {
    NEW("New"),
    CHANGED("Changed"),
    RESTORED("Back in the cut"),
    REMOVED("Removed (made inactive)"),
    UNCHANGED("No change");

    private final String label;

    EdlAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
