package org.rightstracker.core.importing.cwr;

/** What committing an import would do to one party, work or recording. */
public enum PlannedAction {
    CREATE("New"),
    UPDATE("Update"),
    UNCHANGED("No change");

    private final String label;

    PlannedAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
