package org.rightstracker.core.importing.cwr;

import java.util.List;
import java.util.Map;
import org.rightstracker.core.catalogue.FileParties;

/**
 * A parsed CWR file: the works it registers with their ownership mapped onto the product's two sides,
 * the record types read but not imported, every problem found, and which of its mentions of parties are
 * one party ({@link FileParties}, the rule every import shares). Plain values; nothing here has touched
 * the database.
 */
record CwrDocument(
        String version,
        String sender,
        int records,
        List<ParsedWork> works,
        Map<String, Integer> skipped,
        List<CwrProblem> problems,
        FileParties parties) {

    record ParsedWork(
            CwrWork work, List<CwrOwnership.WriterPart> writers, List<CwrOwnership.PublisherPart> publishers) {}

    /** The in-file identity of a party: two mentions with the same key are one party. */
    String partyKey(CwrParty party) {
        return parties.key(party.name(), party.ipi());
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(CwrProblem::isError);
    }
}
