package org.rightstracker.core.production;

public enum ProductionKind {
    FEATURE_FILM("Feature film"),
    EPISODE("Series episode"),
    GAME("Video game"),
    TRAILER("Trailer"),
    ADVERT("Advert"),
    DOCUMENTARY("Documentary");

    private final String label;

    ProductionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
