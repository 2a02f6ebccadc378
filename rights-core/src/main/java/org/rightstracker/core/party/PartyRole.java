package org.rightstracker.core.party;

/** What a party does in the music business; a party may have several roles. */
public enum PartyRole {
    COMPOSER("Composer"),
    LYRICIST("Lyricist"),
    ARTIST("Artist"),
    PUBLISHER("Publisher"),
    ADMINISTRATOR("Administrator"),
    RECORD_LABEL("Record label"),
    STUDIO("Studio"),
    LIBRARY("Library");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
