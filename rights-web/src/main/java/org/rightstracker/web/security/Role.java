package org.rightstracker.web.security;

/** A user's role: {@link Permission} says what each may do, team membership on which productions. */
public enum Role {
    /** Users, teams and everything else, on every production. */
    ADMIN("Administrator"),
    /** Edits the clearances of the productions they belong to. */
    SUPERVISOR("Music supervisor"),
    /** Reads their productions, approves budgets, signs off reports. */
    PRODUCER("Producer"),
    /** Reads and prints their productions. */
    VIEWER("Viewer");

    /** The administrator's role name in the security identity, kept here so a typo fails to compile. */
    public static final String ADMIN_NAME = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
