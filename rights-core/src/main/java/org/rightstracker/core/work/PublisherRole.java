package org.rightstracker.core.work;

public enum PublisherRole {
    ORIGINAL_PUBLISHER("Original publisher"),
    ADMINISTRATOR("Administrator"),
    SUB_PUBLISHER("Sub-publisher");

    private final String label;

    PublisherRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
