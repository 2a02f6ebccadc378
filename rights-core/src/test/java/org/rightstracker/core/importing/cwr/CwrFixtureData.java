package org.rightstracker.core.importing.cwr;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.SearchKey;
import org.rightstracker.core.work.PublisherShare;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WriterShare;

/**
 * Removes what importing the valid fixtures creates, so each test starts from a catalogue without them
 * (the test database is shared by every test class).
 */
final class CwrFixtureData {

    static final List<String> WORK_TITLES = List.of("THE WORK", "THE ONE", "SECOND BEST", "NORTHERN LIGHTS THEME");
    static final List<String> PARTY_NAMES = List.of(
            "THE PUBLISHER",
            "THE SENDER",
            "JOHN DOE",
            "JANE DOE",
            "DMP DEMO PUBLISHING",
            "JOHN JAMES SMITH",
            "AARON ADAMS",
            "AURORA SCORE MUSIC",
            "MARIA LINDQVIST");
    static final List<String> IPIS = List.of("00000000297", "00000000199", "00000000395");

    private CwrFixtureData() {}

    static void remove() {
        QuarkusTransaction.requiringNew().run(() -> {
            // By folded title: a test may have retyped a title with accents.
            List<Work> works = Work.list(
                    "titleKey in ?1", WORK_TITLES.stream().map(SearchKey::of).toList());
            List<Long> ids = works.stream().map(w -> w.id).toList();
            if (!ids.isEmpty()) {
                Recording.delete("work.id in ?1", ids);
                works.forEach(Work::delete);
            }
            Work.flush();
            Party.<Party>list("name in ?1 or ipiNameNumber in ?2", PARTY_NAMES, IPIS)
                    .forEach(Party::delete);
        });
    }

    /** Rows per table that a CWR import touches. */
    static Map<String, Long> counts() {
        return QuarkusTransaction.requiringNew()
                .call(() -> Map.of(
                        "party", Party.count(),
                        "work", Work.count(),
                        "writer_share", WriterShare.count(),
                        "publisher_share", PublisherShare.count(),
                        "recording", Recording.count()));
    }
}
