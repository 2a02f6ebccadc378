package org.rightstracker.core.importing.cwr;

import java.util.List;
import org.rightstracker.core.identifier.Iswc;
import org.rightstracker.core.shared.Share;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.WorkRegistration;
import org.rightstracker.core.work.WriterDesignation;

/**
 * A work as it will stand after the import: the title and ISWC it keeps, its alternate titles, and
 * the writer and publisher shares the file gives it (see docs/CWR-IMPORT.md for how CWR's rights map
 * onto the two sides), with what the registration says beyond them ({@code registration}, whose owners
 * are the parties named by {@code ownerKeys}, in the same order).
 */
public record WorkPlan(
        int line,
        String transactionType,
        String title,
        String iswc,
        List<String> alternateTitles,
        List<Writer> writers,
        List<Publisher> publishers,
        List<RecordingPlan> recordings,
        String origin,
        WorkRegistration registration,
        List<String> ownerKeys,
        PlannedAction action,
        Long existingId,
        List<String> changes) {

    public record Writer(
            String partyKey,
            String name,
            WriterDesignation designation,
            String society,
            Share share,
            boolean workForHire) {}

    public record Publisher(
            String partyKey, String name, PublisherRole role, String society, Share share, boolean selfPublished) {}

    public String iswcFormatted() {
        return iswc == null ? null : Iswc.parse(iswc).formatted();
    }
}
