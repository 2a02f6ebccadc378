package org.rightstracker.core.album.engine;

/** How a master owner is paid for album use. */
public enum MasterFeeModel {
    FLAT_FEE("Flat fee"),
    ROYALTY("Royalty rate");

    private final String label;

    MasterFeeModel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
