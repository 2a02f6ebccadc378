package org.rightstracker.core.licence;

/** How a follow-up with a licensor happened. */
public enum FollowUpChannel {
    EMAIL("E-mail"),
    PHONE("Phone"),
    MEETING("Meeting"),
    OTHER("Other");

    private final String label;

    FollowUpChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
