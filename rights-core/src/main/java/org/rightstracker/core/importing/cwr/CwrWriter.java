package org.rightstracker.core.importing.cwr;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.work.WriterDesignation;

/**
 * An SWR (controlled by the sender) or OWR (other) writer record, with the interested-party numbers of
 * the publishers that PWR records link to this writer.
 */
record CwrWriter(
        int line,
        boolean controlled,
        String ipNumber,
        String lastName,
        String firstName,
        WriterDesignation designation,
        String ipi,
        String society,
        String mrSociety,
        BigDecimal pr,
        BigDecimal mr,
        BigDecimal sr,
        boolean workForHire,
        List<String> publisherIpNumbers) {

    /** First name first, as people read a name; CWR stores the last name first. */
    String name() {
        return firstName == null ? lastName : firstName + " " + lastName;
    }

    CwrParty party() {
        Set<PartyRole> roles = EnumSet.noneOf(PartyRole.class);
        switch (designation) {
            case C, AR, AD -> roles.add(PartyRole.COMPOSER);
            case A, TR -> roles.add(PartyRole.LYRICIST);
            case CA -> {
                roles.add(PartyRole.COMPOSER);
                roles.add(PartyRole.LYRICIST);
            }
        }
        return new CwrParty(name(), PartyKind.PERSON, ipi, society, roles);
    }

    /** The same writer as the publisher of their own share. */
    CwrParty selfPublisher() {
        CwrParty writer = party();
        Set<PartyRole> roles = EnumSet.copyOf(writer.roles());
        roles.add(PartyRole.PUBLISHER);
        return new CwrParty(writer.name(), writer.kind(), writer.ipi(), writer.society(), roles);
    }
}
