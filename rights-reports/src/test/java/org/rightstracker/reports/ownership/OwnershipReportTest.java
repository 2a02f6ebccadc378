package org.rightstracker.reports.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.work.RightHolderKind;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkRegistration;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.reports.DemoFilm;
import org.rightstracker.reports.PdfText;

@QuarkusTest
class OwnershipReportTest {

    @Inject
    DemoFilm demo;

    @Inject
    OwnershipBuilder ownership;

    @Inject
    WorkService works;

    @Test
    void eachCueNamesItsOwnersWithTheirShares() {
        OwnershipReport report = ownership.build(demo.id(), LocalDate.now());
        OwnershipReport.CueOwnership glass = report.cues().stream()
                .filter(c -> c.number().equals("3M4"))
                .findFirst()
                .orElseThrow();
        assertThat(glass.publishers())
                .extracting(OwnershipReport.Share::party, OwnershipReport.Share::percent)
                .containsExactly(
                        tuple("Harbour Songs Publishing", new BigDecimal("60.00")),
                        tuple("Meridian Music Publishing", new BigDecimal("40.00")));
        assertThat(glass.masterOwners())
                .extracting(OwnershipReport.Share::party)
                .containsExactly("Aldgate Classics");
        assertThat(glass.writers()).extracting(OwnershipReport.Share::party).containsExactly("Motörbrand");
    }

    @Test
    void aRegisteredWorkShowsPrMrAndSrSideBySide() throws IOException {
        long workId = QuarkusTransaction.requiringNew().call(() -> {
            Work work = Cue.<Cue>find("production.id = ?1 and number = ?2", demo.id(), "3M4")
                    .singleResult()
                    .work;
            Party publisher = work.publishers.get(0).party;
            works.recordRegistration(
                    work,
                    new WorkRegistration(
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            List.of(),
                            List.of(new WorkRegistration.Owner(
                                    publisher.id,
                                    RightHolderKind.PUBLISHER,
                                    new BigDecimal("50.00"),
                                    new BigDecimal("75.00"),
                                    new BigDecimal("60.00"))),
                            List.of()));
            return work.id;
        });
        try {
            OwnershipReport report = ownership.build(demo.id(), LocalDate.now());

            OwnershipReport.CueOwnership glass = report.cues().stream()
                    .filter(c -> c.number().equals("3M4"))
                    .findFirst()
                    .orElseThrow();
            assertThat(glass.registered())
                    .extracting(r -> r.party(), r -> r.pr(), r -> r.mr(), r -> r.sr())
                    .containsExactly(tuple(
                            "Harbour Songs Publishing",
                            new BigDecimal("50.00"),
                            new BigDecimal("75.00"),
                            new BigDecimal("60.00")));
            assertThat(new String(OwnershipRenderer.output(report).csv(), StandardCharsets.UTF_8))
                    .contains("Registered owner,Harbour Songs Publishing,,50.00,75.00,60.00");
            // Sync clearance keeps the SR side as it was.
            assertThat(glass.publishers())
                    .extracting(OwnershipReport.Share::percent)
                    .contains(new BigDecimal("60.00"));
        } finally {
            QuarkusTransaction.requiringNew()
                    .run(() -> works.recordRegistration(
                            Work.findById(workId),
                            new WorkRegistration(
                                    null, null, null, null, null, null, null, List.of(), List.of(), List.of())));
        }
    }

    @Test
    void scoreAndSoundtrackTotalsAddUp() {
        OwnershipReport report = ownership.build(demo.id(), LocalDate.now());
        assertThat(report.origins())
                .extracting(OwnershipReport.OriginTotal::origin, OwnershipReport.OriginTotal::cues)
                .containsExactly(
                        tuple("Score", 12), tuple("Soundtrack", 8), tuple("Library", 1), tuple("Public domain", 1));
        assertThat(report.total().cues()).isEqualTo(22);
        assertThat(report.total().seconds())
                .isEqualTo(report.origins().stream()
                        .mapToInt(OwnershipReport.OriginTotal::seconds)
                        .sum());
    }

    @Test
    void aPartyListsEverythingItHoldsAndWhatItIsPaid() {
        OwnershipReport report = ownership.build(demo.id(), LocalDate.now());
        OwnershipReport.PartyHoldings lumiere = report.parties().stream()
                .filter(p -> p.party().equals("Éditions Lumière"))
                .findFirst()
                .orElseThrow();
        assertThat(lumiere.holdings())
                .extracting(OwnershipReport.Holding::cueNumber)
                .containsExactly("1M4", "2M14", "5M2");
        // 1M4 licensed at 6,000; 2M14 quoted 7,500 (MFN); 5M2 quoted 18,000: only 1M4 is committed.
        assertThat(lumiere.committed().amount()).isEqualByComparingTo("6000");
        assertThat(lumiere.projected().amount()).isEqualByComparingTo("31500");
    }

    @Test
    void csvAndPdfCarryTheHoldings() throws IOException {
        OwnershipReport report = ownership.build(demo.id(), LocalDate.now());
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(
                        new String(OwnershipRenderer.output(report).csv(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        int shares = report.cues().stream()
                .mapToInt(c -> c.writers().size()
                        + c.publishers().size()
                        + c.masterOwners().size()
                        + c.registered().size())
                .sum();
        assertThat(rows).hasSize(shares + 1);
        assertThat(rows.get(0).values())
                .containsExactly(
                        "Seq", "Cue", "Title", "Origin", "Interest", "Party", "Share %", "PR %", "MR %", "SR %");
        assertThat(PdfText.of(OwnershipRenderer.output(report).pdf()).all())
                .contains("Søren Ødegaard", "Sigrún Ósk", "PER PARTY", "All music 22");
    }
}
