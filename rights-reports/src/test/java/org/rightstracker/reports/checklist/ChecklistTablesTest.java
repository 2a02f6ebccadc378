package org.rightstracker.reports.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;
import org.rightstracker.reports.TestProductions;

/** The checklist as CSV and XLSX, on a production small enough to know every cell. */
@QuarkusTest
class ChecklistTablesTest {

    @Inject
    TestProductions productions;

    @Inject
    ChecklistBuilder checklists;

    long productionId;
    String publisher;
    String label;
    LocalDate termStart;
    LocalDate quoteExpires;

    @BeforeEach
    @Transactional
    void oneCueWithALicensedSyncAndAQuotedMaster() {
        Production film = productions.film(
                TestProductions.unique("Table Film"), "1:30:00", LocalDate.now().plusMonths(1));
        Party writer = productions.person("Chloé Vasseur", "SACEM");
        Party pub = productions.organisation("Éditions Lumière", PartyRole.PUBLISHER, "SACEM");
        Party lab = productions.organisation("Northlight Records", PartyRole.RECORD_LABEL, null);
        // The publisher holds 75%: a quarter of the composition has no known publisher, a blocker of the cue itself.
        Work work = productions.song(writer, "100", pub, "75");
        Recording recording = productions.recording(work, lab);
        Cue cue = productions.cue(
                film, "1M1", "Ferry, \"night\" mix", CueOrigin.SOUNDTRACK, CueUsage.BV, work, recording, 3600, 45);
        termStart = LocalDate.now();
        quoteExpires = LocalDate.now().plusDays(60);
        productions.license(cue.items.get(0), "6000", termStart, null, "ALL_MEDIA");
        productions.quote(cue.items.get(1), "4000", false, quoteExpires);
        productionId = film.id;
        publisher = pub.name;
        label = lab.name;
    }

    static final List<String> HEADERS = List.of(
            "Seq",
            "Cue",
            "Title",
            "Origin",
            "Usage",
            "Duration",
            "Duration (s)",
            "Cue status",
            "Rights holder",
            "Side",
            "Sync share %",
            "Master share %",
            "Licence status",
            "What stands in the way",
            "Next action",
            "Requested on",
            "Quote expires",
            "Contact",
            "MFN",
            "Currency",
            "Quoted",
            "Agreed",
            "Effective fee (after MFN)",
            "Scope granted",
            "Term start",
            "Term end",
            "Covers plan");

    @Test
    void csvStartsWithWhatItIsAboutThenOneRowPerLicenceAndOneForTheCuesOwnBlocker() throws IOException {
        ChecklistReport report = checklists.build(productionId, "Tester", LocalDate.now());
        String text = new String(ChecklistRenderer.output(report).csv(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records.subList(0, 9))
                .extracting(r -> r.get(0))
                .containsExactly(
                        "Report",
                        "Production",
                        "Kind",
                        "Studio",
                        "Release plan",
                        "Music budget",
                        "Status",
                        "Prepared by",
                        "Date");
        assertThat(records.get(1).get(1))
                .isEqualTo(
                        report.production().title() + " (" + report.production().productionNumber() + ")");
        assertThat(records.get(4).get(1)).isEqualTo(report.production().releasePlan());
        assertThat(records.get(6).get(1)).isEqualTo("Not cleared: 0 of 1 active cues cleared");
        assertThat(records.get(8).get(1)).isEqualTo(LocalDate.now().toString());
        // A blank line, then the table.
        assertThat(records.get(9).values()).containsExactly("");
        List<CSVRecord> table = records.subList(10, records.size());
        assertThat(table.get(0).values()).containsExactlyElementsOf(HEADERS);
        assertThat(table).hasSize(4);

        List<String> cue = List.of("1", "1M1", "Ferry, \"night\" mix", "Soundtrack", "BV", "0:45", "45", "Blocked");
        assertThat(table.get(1).values())
                .containsExactlyElementsOf(concat(
                        cue,
                        publisher,
                        "Sync",
                        "75.00",
                        "",
                        "Licensed",
                        "",
                        "",
                        LocalDate.now().minusMonths(2).toString(),
                        "",
                        "",
                        "No",
                        "USD",
                        "6000.00",
                        "6000.00",
                        "6000.00",
                        "All media · World",
                        termStart.toString(),
                        "",
                        "Yes"));
        assertThat(table.get(2).values())
                .containsExactlyElementsOf(concat(
                        cue,
                        label,
                        "Master",
                        "",
                        "100.00",
                        "Quoted",
                        "Action: Master licence from " + label + " (100.00%) is quoted, not yet licensed.",
                        "Approve or negotiate the master quote from " + label + " (100.00%)",
                        LocalDate.now().minusWeeks(2).toString(),
                        quoteExpires.toString(),
                        "",
                        "No",
                        "USD",
                        "4000.00",
                        "",
                        "4000.00",
                        "All media · World",
                        "",
                        "",
                        "No"));
        CSVRecord blocker = table.get(3);
        assertThat(blocker.get(0)).isEqualTo("1");
        assertThat(blocker.get(HEADERS.indexOf("Rights holder"))).isEmpty();
        assertThat(blocker.get(HEADERS.indexOf("What stands in the way")))
                .startsWith("Blocker: ")
                .contains("25.00%");
        String pdf = org.rightstracker.reports.PdfText.of(
                        ChecklistRenderer.output(report).pdf())
                .all();
        assertThat(pdf.replaceAll("\\s+", " "))
                .as("the export lists the blocker the PDF shows")
                .contains(blocker.get(HEADERS.indexOf("What stands in the way"))
                        .substring("Blocker: ".length())
                        .replaceAll("\\s+", " ")
                        .substring(0, 30));
    }

    private static List<String> concat(List<String> first, String... rest) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }

    @Test
    void xlsxHasAnAboutSheetThenTypedNumbersAndDates() throws IOException {
        byte[] xlsx = ChecklistRenderer.output(checklists.build(productionId, "Tester", LocalDate.now()))
                .xlsx();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet about = workbook.getSheetAt(0);
            assertThat(about.getSheetName()).isEqualTo("About");
            assertThat(about.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Production");
            assertThat(about.getRow(6).getCell(1).getStringCellValue()).startsWith("Not cleared");

            Sheet sheet = workbook.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("Clearance checklist");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(HEADERS.indexOf("Quoted")).getStringCellValue())
                    .isEqualTo("Quoted");

            Row sync = sheet.getRow(1);
            assertNumber(sync.getCell(0), 1);
            assertThat(sync.getCell(HEADERS.indexOf("Duration")).getStringCellValue())
                    .isEqualTo("0:45");
            assertNumber(sync.getCell(HEADERS.indexOf("Duration (s)")), 45);
            assertNumber(sync.getCell(HEADERS.indexOf("Sync share %")), 75);
            assertNumber(sync.getCell(HEADERS.indexOf("Quoted")), 6000);
            assertNumber(sync.getCell(HEADERS.indexOf("Effective fee (after MFN)")), 6000);
            assertThat(sync.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sync.getCell(HEADERS.indexOf("Rights holder")).getStringCellValue())
                    .isEqualTo(publisher);
            assertDate(sync.getCell(HEADERS.indexOf("Term start")), termStart);
            assertThat(sync.getCell(HEADERS.indexOf("Master share %")))
                    .as("no master share on a sync item")
                    .isNull();

            Row master = sheet.getRow(2);
            assertNumber(master.getCell(HEADERS.indexOf("Master share %")), 100);
            assertNumber(master.getCell(HEADERS.indexOf("Quoted")), 4000);
            assertDate(master.getCell(HEADERS.indexOf("Quote expires")), quoteExpires);
        }
    }

    private static void assertNumber(Cell cell, double expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isFalse();
        assertThat(cell.getNumericCellValue()).isEqualTo(expected);
    }

    private static void assertDate(Cell cell, LocalDate expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(cell)).isTrue();
        assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(expected);
    }
}
