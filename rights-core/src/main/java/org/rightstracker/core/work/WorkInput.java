package org.rightstracker.core.work;

import java.util.List;

/** A work as typed in a form or sent to the API, with its full writer and publisher lists. */
public record WorkInput(
        String title,
        String iswc,
        boolean publicDomain,
        List<String> alternateTitles,
        String notes,
        List<Writer> writers,
        List<Publisher> publishers) {

    public record Writer(
            Long partyId, String share, WriterDesignation designation, String society, boolean workForHire) {}

    public record Publisher(Long partyId, String share, PublisherRole role, String society) {}
}
