package org.rightstracker.core.importing.cwr;

import java.math.BigDecimal;
import java.util.EnumSet;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;

/**
 * An SPU (controlled by the sender) or OPU (other) publisher record. Shares are percentages of the
 * whole work for each right, as CWR counts them.
 */
record CwrPublisher(
        int line,
        boolean controlled,
        int chain,
        String ipNumber,
        String name,
        String type,
        String ipi,
        String society,
        String mrSociety,
        BigDecimal pr,
        BigDecimal mr,
        BigDecimal sr) {

    CwrParty party() {
        PartyRole role = "AM".equals(type) ? PartyRole.ADMINISTRATOR : PartyRole.PUBLISHER;
        return new CwrParty(name, PartyKind.ORGANISATION, ipi, society, EnumSet.of(role));
    }
}
