package org.rightstracker.core.clearance.engine;

/**
 * Where a cue stands, decided in this order: CLEARED if every right it needs is licensed for the whole
 * release plan; otherwise BLOCKED if a blocker stands in the way; otherwise AT_RISK if a date or a short
 * licence threatens it; otherwise IN_PROGRESS once any request has gone out; otherwise NOT_STARTED.
 */
public enum CueStatus {
    CLEARED("Cleared"),
    BLOCKED("Blocked"),
    AT_RISK("At risk"),
    IN_PROGRESS("In progress"),
    NOT_STARTED("Not started");

    private final String label;

    CueStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
