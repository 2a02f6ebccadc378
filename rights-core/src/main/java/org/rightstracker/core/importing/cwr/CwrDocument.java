package org.rightstracker.core.importing.cwr;

import java.util.List;
import java.util.Map;

/**
 * A parsed CWR file: the works it registers with their ownership mapped onto the product's two sides,
 * the record types read but not imported, and every problem found. Plain values; nothing here has
 * touched the database.
 */
record CwrDocument(
        String version,
        String sender,
        int records,
        List<ParsedWork> works,
        Map<String, Integer> skipped,
        List<CwrProblem> problems) {

    record ParsedWork(
            CwrWork work, List<CwrOwnership.WriterPart> writers, List<CwrOwnership.PublisherPart> publishers) {}

    boolean hasErrors() {
        return problems.stream().anyMatch(CwrProblem::isError);
    }
}
