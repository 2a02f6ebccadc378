package org.rightstracker.core.scope;

/**
 * A way the production reaches its audience, as licences and release plans name them. ALL_MEDIA is a
 * grant in its own right (every medium, including ones not invented yet), not a shorthand for the list.
 */
public enum Media {
    ALL_MEDIA("All media"),
    THEATRICAL("Theatrical"),
    FREE_TV("Free TV"),
    PAY_TV("Pay TV"),
    SVOD("SVOD"),
    AVOD("AVOD"),
    TVOD("TVOD"),
    EST("EST"),
    HOME_VIDEO("Home video"),
    FESTIVAL("Festival"),
    IN_CONTEXT_PROMO("In-context promo"),
    OUT_OF_CONTEXT_TRAILER("Out-of-context trailer"),
    INTERNET_SOCIAL("Internet / social"),
    IN_GAME("In-game"),
    SOUNDTRACK_ALBUM("Soundtrack album");

    private final String label;

    Media(String label) {
        this.label = label;
    }

    /** The name shown to people, e.g. "Free TV". */
    public String label() {
        return label;
    }
}
