package org.rightstracker.core.party;

public enum PartyKind {
    PERSON("Person"),
    ORGANISATION("Organisation");

    private final String label;

    PartyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
