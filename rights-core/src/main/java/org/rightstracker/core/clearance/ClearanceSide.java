package org.rightstracker.core.clearance;

/** Which right a clearance item clears. */
public enum ClearanceSide {
    /** The composition, licensed by a publisher (or self-published writer) for its share. */
    SYNC("Sync"),
    /** The recording, licensed by a master owner for its share. */
    MASTER("Master"),
    /** A one-stop licensor controlling both sides: one item covers its sync and master shares. */
    ONE_STOP("One-stop"),
    /** A score cue (or original song): the composer agreement covers composition and recording. */
    COMPOSER_AGREEMENT("Composer agreement");

    private final String label;

    ClearanceSide(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean clearsSync() {
        return this == SYNC || this == ONE_STOP || this == COMPOSER_AGREEMENT;
    }

    public boolean clearsMaster() {
        return this == MASTER || this == ONE_STOP || this == COMPOSER_AGREEMENT;
    }
}
