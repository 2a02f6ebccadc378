package org.rightstracker.core.clearance.engine;

/** How far one right (sync or master) of a cue has come. */
public enum SideState {
    /** Nothing to license: a public-domain composition, a studio-owned score, no recording to clear. */
    NOT_NEEDED("Not needed"),
    /** Licensed for 100% of the side, covering the release plan. */
    CLEARED("Cleared"),
    /** Requests are out or some shares are licensed, but not yet all of them for the whole plan. */
    IN_PROGRESS("In progress"),
    /** Nobody has been asked yet. */
    NOT_STARTED("Not started"),
    /** Ownership is unknown or a licensor refused and nobody else covers the share. */
    BLOCKED("Blocked");

    private final String label;

    SideState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
