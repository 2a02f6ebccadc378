package org.rightstracker.reports.cuesheet;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.work.Work;
import org.rightstracker.reports.DemoFilm;
import org.rightstracker.reports.PdfText;
import org.rightstracker.reports.TestProductions;
import org.rightstracker.reports.cuesheet.CueSheetWarning.Kind;
import org.rightstracker.reports.render.Paper;
import org.rightstracker.reports.render.ReportDocument;

@QuarkusTest
class CueSheetReportTest {

    @Inject
    DemoFilm demo;

    @Inject
    TestProductions productions;

    @Inject
    CueSheetBuilder cueSheets;

    @Test
    void theDemoCueSheetPrintsEveryActiveCueInOrderOfAppearanceWithAccentedWriters() {
        CueSheetReport report = cueSheets.draft(demo.id());
        PdfText pdf = PdfText.of(CueSheetRenderer.output(report).pdf());

        assertThat(report.lines()).hasSize(22);
        assertThat(report.lines()).isSortedAccordingTo((a, b) -> a.timecodeIn().compareTo(b.timecodeIn()));
        assertThat(pdf.all())
                .contains(
                        "Chloé Vasseur",
                        "Søren Ødegaard",
                        "Motörbrand",
                        "Beyoncé Laurent",
                        "Sigrún Ósk",
                        "Éditions Lumière")
                .contains("Harrow Lights")
                .contains("HP-2026-014")
                .contains("Draft of revision");
        String text = pdf.all();
        // After the warnings (which name cues too), each row starts with its sequence and cue number.
        int from = text.indexOf("SEQ CUE TITLE");
        assertThat(from).isPositive();
        for (CueSheetReport.Line line : report.lines()) {
            java.util.regex.Matcher row = java.util.regex.Pattern.compile(
                            "(?m)^" + line.sequence() + " " + java.util.regex.Pattern.quote(line.number()) + " ")
                    .matcher(text);
            assertThat(row.find(from))
                    .as("row %d (%s) after %d", line.sequence(), line.number(), from)
                    .isTrue();
            from = row.end();
        }
        for (int page = 1; page <= pdf.pageCount(); page++) {
            assertThat(pdf.pages().get(page - 1)).contains(DemoFilm.TITLE, "Page " + page + " of " + pdf.pageCount());
        }
    }

    @Test
    void aDraftCarriesADraftWatermarkOnEveryPageAndTheMusicTimeOnce() throws IOException {
        long film = productions.soundtrackFilm(TestProductions.unique("Draft Film"), 120);
        byte[] bytes = CueSheetRenderer.output(cueSheets.draft(film)).pdf();
        PdfText pdf = PdfText.of(bytes);

        assertThat(pdf.pageCount()).isGreaterThan(2);
        // Read in drawing order (sorting by position would interleave the slanted letters with the rows).
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc).replaceAll("\\s+", ""))
                        .as("page %d", page)
                        .contains("DRAFT");
            }
        }
        assertThat(pdf.all().split("Total music time", -1)).as("times printed").hasSize(2);
        assertThat(pdf.pages().get(pdf.pageCount() - 1)).contains("Total music time");
    }

    @Test
    void aPdfComesOnA4OrUsLetterLandscape() throws IOException {
        CueSheetReport report = cueSheets.draft(demo.id());
        byte[] a4 = ReportDocument.pdf(
                CueSheetRenderer.NAME,
                "A4 test",
                CueSheetRenderer.output(report).body(),
                Paper.A4);
        byte[] letter = ReportDocument.pdf(
                CueSheetRenderer.NAME,
                "Letter test",
                CueSheetRenderer.output(report).body(),
                Paper.LETTER);
        try (PDDocument doc = Loader.loadPDF(a4)) {
            // 297 × 210 mm in points.
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
        }
        try (PDDocument doc = Loader.loadPDF(letter)) {
            // 11 × 8.5 inches in points.
            assertThat(doc.getPage(0).getMediaBox().getWidth())
                    .isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(doc.getPage(0).getMediaBox().getHeight())
                    .isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theDemoDraftWarnsAboutWhatASocietyWouldReject() {
        List<CueSheetWarning> warnings = cueSheets.draft(demo.id()).warnings();
        assertThat(warnings)
                .extracting(CueSheetWarning::message)
                .contains(
                        "2M14 writer Chloé Vasseur has no society.",
                        "2M14 writer Chloé Vasseur has no IPI number.",
                        "3M5 publisher shares total 75.00%, not 100%.",
                        "1M4 (01:08:00:00 – 01:09:02:00) overlaps 1M2 (01:08:00:00 – 01:08:49:00).");
        assertThat(warnings).extracting(CueSheetWarning::kind).doesNotContain(Kind.MUSIC_BEYOND_RUNTIME);
    }

    @Test
    @Transactional
    void musicBeyondTheRuntimeIsWarnedAbout() {
        Production film = productions.film(TestProductions.unique("Short Film"), "0:50", LocalDate.now());
        Party writer = productions.person("Writer", "PRS");
        Work work = productions.song(writer, "100", null, null);
        productions.cue(film, "1M1", "Long Cue", CueOrigin.SCORE, CueUsage.BI, work, null, 3600, 60);

        assertThat(cueSheets.draft(film.id).warnings())
                .extracting(CueSheetWarning::kind)
                .contains(Kind.MUSIC_BEYOND_RUNTIME);
    }

    @Test
    @Transactional
    void csvHasOneRowPerInterestedParty() throws IOException {
        Production film = productions.film(TestProductions.unique("Csv Film"), "1:30:00", LocalDate.now());
        Party writer = productions.person("Beyoncé Laurent", "SACEM");
        Party publisher = productions.organisation("Éditions Lumière", PartyRole.PUBLISHER, "SACEM");
        Party label = productions.organisation("Meridian Records", PartyRole.RECORD_LABEL, null);
        Work work = productions.song(writer, "100", publisher, "100");
        productions.cue(
                film,
                "5M2",
                "Salt & Iron",
                CueOrigin.SOUNDTRACK,
                CueUsage.VV,
                work,
                productions.recording(work, label),
                3600,
                70);

        byte[] csv = CueSheetRenderer.output(cueSheets.draft(film.id)).csv();
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0).values())
                .containsExactly(
                        "Seq",
                        "Cue",
                        "Title",
                        "Usage",
                        "In",
                        "Out",
                        "Duration (s)",
                        "Interest",
                        "Name",
                        "Role",
                        "Society",
                        "IPI",
                        "Share %",
                        "Artist");
        assertThat(rows.get(1).values())
                .containsExactly(
                        "1",
                        "5M2",
                        "Salt & Iron",
                        "VV",
                        "01:00:00:00",
                        "01:01:10:00",
                        "70",
                        "Writer",
                        writer.name,
                        "CA",
                        "SACEM",
                        "",
                        "100.00",
                        "The Artist");
        assertThat(rows.get(2).values())
                .containsExactly(
                        "1",
                        "5M2",
                        "Salt & Iron",
                        "VV",
                        "01:00:00:00",
                        "01:01:10:00",
                        "70",
                        "Publisher",
                        publisher.name,
                        "Original publisher",
                        "SACEM",
                        "",
                        "100.00",
                        "The Artist");
        assertThat(rows.get(3).values())
                .containsExactly(
                        "1",
                        "5M2",
                        "Salt & Iron",
                        "VV",
                        "01:00:00:00",
                        "01:01:10:00",
                        "70",
                        "Master owner",
                        label.name,
                        "",
                        "",
                        "",
                        "100.00",
                        "The Artist");
    }
}
