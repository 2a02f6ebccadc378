package org.rightstracker.core.demo;

import java.util.Set;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;

/** The companies and people of the demo: a studio, a composer, publishers, labels and a library. */
final class DemoCast {

    final Party studio;
    final Party composer;
    final Party harbourSongs;
    final Party lumiere;
    final Party meridian;
    final Party fjordMusic;
    final Party northlight;
    final Party aldgate;
    final Party meridianRecords;
    final Party stillwater;

    DemoCast(PartyService parties) {
        studio = organisation(parties, "Harbourline Pictures", null, null, PartyRole.STUDIO);
        composer = parties.create(new PartyInput(
                "Elena Marsh",
                PartyKind.PERSON,
                Set.of(PartyRole.COMPOSER),
                "PRS",
                "35771278251",
                null,
                "Dana Cole (agent)",
                "dana.cole@example.com",
                null,
                null));
        harbourSongs = organisation(parties, "Harbour Songs Publishing", "ASCAP", "17197306966", PartyRole.PUBLISHER);
        lumiere = organisation(parties, "Éditions Lumière", "SACEM", "43393849930", PartyRole.PUBLISHER);
        meridian = organisation(parties, "Meridian Music Publishing", "BMI", "70893557218", PartyRole.PUBLISHER);
        fjordMusic = organisation(parties, "Fjord Musikkforlag", "TONO", "06184715695", PartyRole.PUBLISHER);
        northlight = organisation(parties, "Northlight Records", null, null, PartyRole.RECORD_LABEL);
        aldgate = organisation(parties, "Aldgate Classics", null, null, PartyRole.RECORD_LABEL);
        meridianRecords = organisation(parties, "Meridian Records", null, null, PartyRole.RECORD_LABEL);
        stillwater = organisation(
                parties,
                "Stillwater Music Library",
                "PRS",
                "08777786884",
                PartyRole.LIBRARY,
                PartyRole.PUBLISHER,
                PartyRole.RECORD_LABEL);
    }

    private static Party organisation(
            PartyService parties, String name, String society, String ipi, PartyRole... roles) {
        PartyInput input = new PartyInput(
                name,
                PartyKind.ORGANISATION,
                Set.of(roles),
                society,
                ipi,
                null,
                "Licensing desk",
                "licensing@" + name.toLowerCase().replaceAll("[^a-z]", "") + ".example",
                null,
                null);
        return parties.create(input);
    }
}
