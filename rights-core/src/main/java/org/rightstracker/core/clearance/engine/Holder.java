package org.rightstracker.core.clearance.engine;

import java.util.Objects;
import org.rightstracker.core.shared.Share;

/** A rights holder on one side of a work or recording: a writer, publisher or master owner with its share. */
public record Holder(long partyId, String partyName, Share share) {

    public Holder {
        Objects.requireNonNull(partyName, "partyName");
        Objects.requireNonNull(share, "share");
    }
}
