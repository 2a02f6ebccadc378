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
        Work work = productions.song(writer, "100", pub, "100");
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

    @Test
    void csvRowsAndColumnsAreExact() throws IOException {
        byte[] csv = ChecklistRenderer.csv(checklists.build(productionId, "Tester", LocalDate.now()));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");

        List<CSVRecord> records =
                CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(0).values())
                .containsExactly(
                        "Seq",
                        "Cue",
                        "Title",
                        "Origin",
                        "Usage",
                        "Duration (s)",
                        "Cue status",
                        "Rights holder",
                        "Side",
                        "Sync share %",
                        "Master share %",
                        "Licence status",
                        "Currency",
                        "Quoted",
                        "Agreed",
                        "After MFN",
                        "Scope granted",
                        "Term start",
                        "Term end",
                        "Covers plan",
                        "Quote expires");
        assertThat(records.get(1).values())
                .containsExactly(
                        "1",
                        "1M1",
                        "Ferry, \"night\" mix",
                        "Soundtrack",
                        "BV",
                        "45",
                        "In progress",
                        publisher,
                        "Sync",
                        "100.00",
                        "",
                        "Licensed",
                        "USD",
                        "6000.00",
                        "6000.00",
                        "6000.00",
                        "All media · World",
                        termStart.toString(),
                        "",
                        "Yes",
                        "");
        assertThat(records.get(2).values())
                .containsExactly(
                        "1",
                        "1M1",
                        "Ferry, \"night\" mix",
                        "Soundtrack",
                        "BV",
                        "45",
                        "In progress",
                        label,
                        "Master",
                        "",
                        "100.00",
                        "Quoted",
                        "USD",
                        "4000.00",
                        "",
                        "4000.00",
                        "All media · World",
                        "",
                        "",
                        "No",
                        quoteExpires.toString());
    }

    @Test
    void xlsxCellsAreTypedNumbersAndDates() throws IOException {
        byte[] xlsx = ChecklistRenderer.xlsx(checklists.build(productionId, "Tester", LocalDate.now()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Clearance checklist");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(13).getStringCellValue()).isEqualTo("Quoted");

            Row sync = sheet.getRow(1);
            assertNumber(sync.getCell(0), 1);
            assertNumber(sync.getCell(5), 45);
            assertNumber(sync.getCell(9), 100);
            assertNumber(sync.getCell(13), 6000);
            assertNumber(sync.getCell(15), 6000);
            assertThat(sync.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sync.getCell(7).getStringCellValue()).isEqualTo(publisher);
            assertDate(sync.getCell(17), termStart);
            assertThat(sync.getCell(10)).as("no master share on a sync item").isNull();

            Row master = sheet.getRow(2);
            assertNumber(master.getCell(10), 100);
            assertNumber(master.getCell(13), 4000);
            assertDate(master.getCell(20), quoteExpires);
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
