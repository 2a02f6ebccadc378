package org.rightstracker.core.importing.cwr;

import java.util.List;

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
        String origin) {}
