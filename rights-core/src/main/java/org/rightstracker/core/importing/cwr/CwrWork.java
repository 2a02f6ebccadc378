package org.rightstracker.core.importing.cwr;

import java.time.LocalDate;
import java.util.List;
import org.rightstracker.core.work.WorkRegistration;

/** One NWR, REV or ISW transaction as read from the file, before it is matched against the catalogue. */
record CwrWork(
        int line,
        String transactionType,
        String title,
        String submitterWorkNumber,
        String iswc,
        List<String> alternateTitles,
        List<CwrPublisher> publishers,
        List<CwrWriter> writers,
        List<CwrRecording> recordings,
        List<String> performers,
        String origin,
        Details details) {

    /**
     * The registration fields kept as they are: header fields, ALT title types and languages, ORN title
     * and year, and the SPT/SWT territories of the publishers and writers above.
     */
    record Details(
            String languageCode,
            String versionType,
            LocalDate copyrightDate,
            Integer durationSeconds,
            String originTitle,
            Integer originYear,
            List<WorkRegistration.Title> titles,
            List<CwrTerritory> territories) {}

    CwrWork withIswc(String newIswc) {
        return new CwrWork(
                line,
                transactionType,
                title,
                submitterWorkNumber,
                newIswc,
                alternateTitles,
                publishers,
                writers,
                recordings,
                performers,
                origin,
                details);
    }
}
