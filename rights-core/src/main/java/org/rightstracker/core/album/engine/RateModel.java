package org.rightstracker.core.album.engine;

/** How a mechanical rate is worked out per unit sold. */
public enum RateModel {
    /**
     * A fixed amount per unit for a track up to a threshold duration; a longer track pays a per-minute
     * rate for every minute or part of one, never less than the fixed amount (the long-song rule).
     */
    PER_UNIT("Per unit with long-song rule"),
    /** A percentage of the album's dealer price, shared equally between its tracks. */
    PERCENT_OF_DEALER_PRICE("Percentage of dealer price");

    private final String label;

    RateModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
