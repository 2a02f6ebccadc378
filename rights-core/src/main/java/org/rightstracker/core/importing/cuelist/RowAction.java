package org.rightstracker.core.importing.cuelist;

/** What committing a cue list would do to one cue. */
public enum RowAction {
    CREATE("New"),
    UPDATE("Update"),
    UNCHANGED("No change");

    private final String label;

    RowAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
