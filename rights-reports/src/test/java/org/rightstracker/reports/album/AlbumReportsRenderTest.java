package org.rightstracker.reports.album;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.album.LabelCopy;
import org.rightstracker.reports.PdfText;

/** The album checklist and the label copy read back from their PDF, CSV and XLSX. */
@QuarkusTest
class AlbumReportsRenderTest {

    private static final AlbumChecklistReport CHECKLIST = new AlbumChecklistReport(
            "Northern Lights Over Harrow",
            "Northern Lights (Original Soundtrack)",
            "Harbour Records",
            "HR-2026-01",
            "036000291452",
            "Statutory-style per unit",
            "Tester",
            LocalDate.of(2026, 12, 5),
            "Not cleared",
            1,
            2,
            "USD 0.2674",
            "USD 1,500.00",
            List.of(),
            List.of(
                    new AlbumChecklistReport.Track(
                            1,
                            "Main Titles",
                            "Cue 1M1 (Score)",
                            301,
                            "Cleared",
                            "USD 0.0000",
                            List.of(new AlbumChecklistReport.Right(
                                    "Studio approval", "Northlight Pictures", null, "Approved", null, null, null)),
                            List.of()),
                    new AlbumChecklistReport.Track(
                            2,
                            "Paper Lanterns",
                            "Cue 2M14 (Soundtrack)",
                            200,
                            "Not cleared",
                            "USD 0.1240",
                            List.of(
                                    new AlbumChecklistReport.Right(
                                            "Mechanical licence",
                                            "Alpha Music",
                                            "50%",
                                            "Licensed",
                                            null,
                                            "USD 0.0620",
                                            null),
                                    new AlbumChecklistReport.Right(
                                            "Mechanical licence",
                                            "Beta Songs",
                                            "50%",
                                            "Not requested",
                                            null,
                                            "USD 0.0620",
                                            "The mechanical licence from Beta Songs (50%) is not requested, not yet"
                                                    + " licensed.")),
                            List.of("No recording in the catalogue, so nobody knows whom to ask for the master."))));

    private static final LabelCopy LABEL_COPY = new LabelCopy(
            7,
            "Northern Lights (Original Soundtrack)",
            "Northern Lights Over Harrow",
            "Harbour Records",
            "HR-2026-01",
            "036000291452",
            LocalDate.of(2026, 11, 1),
            "\u2117 2026 Harbour Records",
            "\u00a9 2026 Northlight Pictures",
            List.of(new LabelCopy.Track(
                    1,
                    "Paper Lanterns",
                    "The Quiet Harbour",
                    List.of(
                            new LabelCopy.Credit("Ana Ruiz", "SGAE", new BigDecimal("50.00")),
                            new LabelCopy.Credit("Tom Hale", null, new BigDecimal("50.00"))),
                    List.of(new LabelCopy.Credit("Alpha Music", "PRS", new BigDecimal("100.00"))),
                    "GB-ABC-26-00001",
                    200,
                    List.of())),
            List.of());

    @Test
    void theChecklistPdfShowsEachTrackItsRightsAndWhatIsMissing() {
        String text = PdfText.of(AlbumChecklistRenderer.output(CHECKLIST).pdf()).all();

        assertThat(text)
                .contains("Album clearance checklist")
                .contains("Northern Lights (Original Soundtrack)")
                .contains("Paper Lanterns")
                .contains("Beta Songs")
                .contains("No recording in the catalogue")
                .contains("1 of 2 tracks");
    }

    @Test
    void theChecklistCsvHasOneRowPerRightAndOneForATracksOwnProblems() throws IOException {
        String csv = new String(AlbumChecklistRenderer.output(CHECKLIST).csv(), StandardCharsets.UTF_8);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        int header = records.stream().map(r -> r.get(0)).toList().indexOf("Track");

        List<CSVRecord> table = records.subList(header + 1, records.size());
        assertThat(table).hasSize(4);
        assertThat(table.get(2).get(7)).isEqualTo("Beta Songs");
        assertThat(table.get(2).get(12)).startsWith("The mechanical licence from Beta Songs");
        assertThat(table.get(3).get(6)).isEmpty();
        assertThat(table.get(3).get(12)).startsWith("No recording in the catalogue");
        assertThat(table.get(0).get(3)).isEqualTo("5:01");
    }

    @Test
    void theLabelCopyCarriesWritersAndPublishersWithSocietyAndShareInEveryFormat() throws IOException {
        var output = LabelCopyRenderer.output(LABEL_COPY);

        String pdf = PdfText.of(output.pdf()).all();
        assertThat(pdf)
                .contains(
                        "Paper Lanterns",
                        "The Quiet Harbour",
                        "Ana Ruiz",
                        "SGAE",
                        "GB-ABC-26-00001",
                        "\u2117 2026 Harbour Records");

        String csv = new String(output.csv(), StandardCharsets.UTF_8);
        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
        CSVRecord track = records.get(records.size() - 1);
        assertThat(track.get(3)).isEqualTo("Ana Ruiz (SGAE, 50%); Tom Hale (no society, 50%)");
        assertThat(track.get(4)).isEqualTo("Alpha Music (PRS, 100%)");
        assertThat(track.get(5)).isEqualTo("GB-ABC-26-00001");
        assertThat(track.get(8)).isEqualTo("\u2117 2026 Harbour Records");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(output.xlsx()))) {
            Sheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("Label copy");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Paper Lanterns");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(200.0);
        }
    }
}
