package org.rightstracker.reports.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.rightstracker.reports.DemoFilm;
import org.rightstracker.reports.PdfText;
import org.rightstracker.reports.TestProductions;

@QuarkusTest
class ChecklistPdfTest {

    @Inject
    DemoFilm demo;

    @Inject
    TestProductions productions;

    @Inject
    ChecklistBuilder checklists;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void theDemoChecklistPdfHoldsEveryCueInOrderWithTheHeaderOnEveryPage() {
        ChecklistReport report = checklists.build(demo.id(), "Dana Cole", LocalDate.now());
        PdfText pdf = PdfText.of(ChecklistRenderer.output(report).pdf());

        assertThat(report.cues()).hasSize(22);
        assertCueRowsInOrder(pdf.all(), report.cues());
        assertHeaderOnEveryPage(pdf, DemoFilm.TITLE);
        assertThat(pdf.all())
                .contains("Prepared by Dana Cole")
                .contains("OUTSTANDING ACTIONS BY LICENSOR")
                .contains("Producer (name)");
    }

    @Test
    void accentedNamesPrintAsTyped() {
        String text = PdfText.of(ChecklistRenderer.output(checklists.build(demo.id(), "Sigrún Ósk", LocalDate.now()))
                        .pdf())
                .all();
        // Writers are not clearance holders (the cue sheet prints them); licensors and preparer carry accents here.
        assertThat(text).contains("Éditions Lumière", "Fjord Musikkforlag", "Prepared by Sigrún Ósk");
    }

    @Test
    void thePageCountGrowsWithTheCuesAndEveryPageKeepsItsHeader() {
        long small = productions.soundtrackFilm(TestProductions.unique("Small Film"), 20);
        long large = productions.soundtrackFilm(TestProductions.unique("Large Film"), 300);

        ChecklistReport smallReport = checklists.build(small, "Tester", LocalDate.now());
        ChecklistReport largeReport = checklists.build(large, "Tester", LocalDate.now());
        PdfText smallPdf = PdfText.of(ChecklistRenderer.output(smallReport).pdf());
        PdfText largePdf = PdfText.of(ChecklistRenderer.output(largeReport).pdf());

        assertThat(largePdf.pageCount()).isGreaterThan(smallPdf.pageCount() * 5);
        assertHeaderOnEveryPage(largePdf, largeReport.production().title());
        assertCueRowsInOrder(largePdf.all(), largeReport.cues());
        // Repeated table headers: every page between the first and the last (which may continue the
        // outstanding actions without their header, next to the signature block) starts with columns.
        for (int page = 2; page < largePdf.pageCount(); page++) {
            assertThat(largePdf.pages().get(page - 1))
                    .as("page %d", page)
                    .containsAnyOf("RIGHTS HOLDER SIDE SHARE LICENCE", "CUE TITLE SIDE STANDS AT WHAT TO CHASE");
        }
        // No cue heading is left at the foot of a page: after the last heading on each page come its rows.
        java.util.regex.Pattern heading = java.util.regex.Pattern.compile("(?m)^\\d+\\. \\S+ .* · Soundtrack · .*$");
        for (int page = 1; page <= largePdf.pageCount(); page++) {
            String text = largePdf.pages().get(page - 1);
            java.util.regex.Matcher found = heading.matcher(text);
            int lastEnd = -1;
            while (found.find()) {
                lastEnd = found.end();
            }
            if (lastEnd >= 0) {
                assertThat(text.substring(lastEnd))
                        .as("what follows the last cue heading on page %d", page)
                        .containsAnyOf(" Sync ", " Master ");
            }
        }
    }

    @Test
    void theSignOffBlockStaysWithTheLastOutstandingLinesWhateverTheirLength() {
        ChecklistReport demoReport = checklists.build(demo.id(), "Dana Cole", LocalDate.now());
        int checked = 0;
        // Lengths chosen so that the list ends at every height of a page (a line is about 4 mm).
        for (int lines = 1; lines <= 76; lines += 3) {
            List<ChecklistReport.Chase> chases = new java.util.ArrayList<>();
            for (int i = 1; i <= lines; i++) {
                chases.add(new ChecklistReport.Chase(
                        "9M" + i, "Line " + i + " of " + lines, "Sync", "Requested", "Chase item " + i + " now"));
            }
            ChecklistReport report =
                    withOutstanding(demoReport, List.of(new ChecklistReport.Licensor("Harbour Lights Music", chases)));
            PdfText pdf = PdfText.of(ChecklistRenderer.output(report).pdf());
            String signaturePage = pdf.pages().stream()
                    .filter(page -> page.contains("Producer (name)"))
                    .findFirst()
                    .orElseThrow();
            assertThat(signaturePage)
                    .as("the page with the signature, %d outstanding lines", lines)
                    .contains("Chase item " + lines + " now");
            checked++;
        }
        assertThat(checked).isEqualTo(26);
    }

    private static ChecklistReport withOutstanding(ChecklistReport r, List<ChecklistReport.Licensor> outstanding) {
        return new ChecklistReport(
                r.production(),
                r.preparedBy(),
                r.preparedOn(),
                r.cleared(),
                r.activeCues(),
                r.clearedCues(),
                r.percentCleared(),
                r.statusCounts(),
                r.budget(),
                r.budgetLimit(),
                r.findings(),
                r.cues(),
                outstanding,
                r.signOff());
    }

    @Test
    void buildingTheChecklistCostsTheSameStatementsForTwentyCuesAsForThreeHundred() {
        long small = productions.soundtrackFilm(TestProductions.unique("Count Small"), 20);
        long large = productions.soundtrackFilm(TestProductions.unique("Count Large"), 300);

        long smallStatements = statementsToBuild(small);
        long largeStatements = statementsToBuild(large);

        // The core's seven, cue timing, and the items' contacts for the exports.
        assertThat(largeStatements).isEqualTo(smallStatements).isLessThanOrEqualTo(9);
    }

    private long statementsToBuild(long productionId) {
        Statistics statistics =
                entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        ChecklistReport report = checklists.build(productionId, "Tester", LocalDate.now());
        assertThat(report.cues()).allSatisfy(c -> assertThat(c.holders()).hasSize(2));
        return statistics.getPrepareStatementCount();
    }

    static void assertCueRowsInOrder(String text, List<ChecklistReport.CueLine> cues) {
        int from = 0;
        for (ChecklistReport.CueLine cue : cues) {
            Matcher row = Pattern.compile("(?m)^" + cue.sequence() + "\\. " + Pattern.quote(cue.number()) + " ")
                    .matcher(text);
            assertThat(row.find(from))
                    .as("row of cue %s (%d.) after position %d", cue.number(), cue.sequence(), from)
                    .isTrue();
            from = row.end();
        }
    }

    static void assertHeaderOnEveryPage(PdfText pdf, String title) {
        int pages = pdf.pageCount();
        for (int page = 1; page <= pages; page++) {
            assertThat(pdf.pages().get(page - 1))
                    .as("page %d", page)
                    .contains(title)
                    .contains("Page " + page + " of " + pages);
        }
    }
}
