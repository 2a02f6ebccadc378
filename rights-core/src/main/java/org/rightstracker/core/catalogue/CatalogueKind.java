package org.rightstracker.core.catalogue;

/** The kinds of catalogue record that can be duplicated and merged. */
public enum CatalogueKind {
    PARTY("party", "parties"),
    WORK("work", "works"),
    RECORDING("recording", "recordings");

    private final String noun;
    private final String path;

    CatalogueKind(String noun, String path) {
        this.noun = noun;
        this.path = path;
    }

    /** "party", "work", "recording": for messages. */
    public String noun() {
        return noun;
    }

    /** The first segment of the record's page address: /parties/12, /works/3. */
    public String path() {
        return path;
    }
}
