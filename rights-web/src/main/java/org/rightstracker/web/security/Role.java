package org.rightstracker.web.security;

/** What a user may do; team membership decides on which productions. */
public enum Role {
    /** Users, teams and everything else, on every production. */
    ADMIN("Administrator"),
    /** Edits the clearances of the productions they belong to. */
    SUPERVISOR("Music supervisor"),
    /** Reads their productions, approves budgets, signs off reports. */
    PRODUCER("Producer"),
    /** Reads and prints their productions. */
    VIEWER("Viewer");

    /** Role names as used in {@code @RolesAllowed}, kept here so a typo fails to compile. */
    public static final String ADMIN_NAME = "ADMIN";

    public static final String SUPERVISOR_NAME = "SUPERVISOR";
    public static final String PRODUCER_NAME = "PRODUCER";
    public static final String VIEWER_NAME = "VIEWER";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
