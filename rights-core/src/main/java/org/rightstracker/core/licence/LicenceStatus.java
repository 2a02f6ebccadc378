package org.rightstracker.core.licence;

import java.util.EnumSet;
import java.util.Set;

/**
 * The negotiation state of a clearance item. The allowed moves are the workflow a music supervisor
 * follows; anything else is refused with a message naming both states.
 */
public enum LicenceStatus {
    NOT_REQUESTED("Not requested"),
    REQUESTED("Requested"),
    QUOTED("Quoted"),
    NEGOTIATING("Negotiating"),
    APPROVED("Approved"),
    LICENSED("Licensed"),
    DENIED("Denied"),
    WITHDRAWN("Withdrawn");

    private final String label;

    LicenceStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The states this one may move to. A licence, once executed, is final: amendments are new items. */
    public Set<LicenceStatus> next() {
        return switch (this) {
            case NOT_REQUESTED -> EnumSet.of(REQUESTED, WITHDRAWN);
            case REQUESTED -> EnumSet.of(QUOTED, DENIED, WITHDRAWN);
            case QUOTED -> EnumSet.of(QUOTED, NEGOTIATING, APPROVED, DENIED, WITHDRAWN);
            case NEGOTIATING -> EnumSet.of(QUOTED, APPROVED, DENIED, WITHDRAWN);
            case APPROVED -> EnumSet.of(NEGOTIATING, LICENSED, WITHDRAWN);
            case LICENSED -> EnumSet.noneOf(LicenceStatus.class);
            case DENIED, WITHDRAWN -> EnumSet.of(REQUESTED);
        };
    }

    public boolean canMoveTo(LicenceStatus target) {
        return next().contains(target);
    }

    /** Denied and withdrawn items are out of the deal: they count for neither fees nor MFN. */
    public boolean isLive() {
        return this != DENIED && this != WITHDRAWN;
    }

    /** Approved (deal memo) or licensed (executed): money the production has committed to. */
    public boolean isCommitted() {
        return this == APPROVED || this == LICENSED;
    }
}
