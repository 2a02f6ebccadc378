package org.rightstracker.core.importing.cuelist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.shared.InvalidValueException;
import org.rightstracker.core.work.WriterDesignation;

class CueListReaderTest {

    @Test
    void headersMatchIgnoringCaseSpacesAndPunctuation() {
        CueListTable table = CueListReader.csv("\uFEFF Cue # ;TITLE;Tc In;tc-out; Writers \n1M1;Opening;;;\n");
        List<CueListProblem> problems = new ArrayList<>();

        Map<CueListColumn, Integer> columns = CueListColumn.match(table, problems);

        assertThat(problems).isEmpty();
        assertThat(columns)
                .containsEntry(CueListColumn.NUMBER, 0)
                .containsEntry(CueListColumn.TITLE, 1)
                .containsEntry(CueListColumn.IN, 2)
                .containsEntry(CueListColumn.OUT, 3)
                .containsEntry(CueListColumn.WRITERS, 4);
    }

    @Test
    void aMissingRequiredColumnAndAnUnknownColumnAreReportedOnTheHeaderLine() {
        CueListTable table = CueListReader.csv("\n\nNumber,Mood\n1M1,dark\n");
        List<CueListProblem> problems = new ArrayList<>();

        CueListColumn.match(table, problems);

        assertThat(problems)
                .extracting(CueListProblem::line, CueListProblem::column, CueListProblem::error)
                .containsExactly(tuple(3, "Mood", false), tuple(3, "Title", true));
    }

    @Test
    void rowsKeepTheirLineNumbersAcrossEmptyLinesAndQuotedLineBreaks() {
        CueListTable table = CueListReader.csv("cue,title,notes\n1M1,Opening,\"two\nlines\"\n\n1M2,Chase,x\r\n");

        assertThat(table.rows()).extracting(CueListTable.Row::line).containsExactly(2, 5);
        assertThat(table.rows().get(0).cell(2)).isEqualTo("two\nlines");
    }

    @Test
    void tabSeparatedFilesAreRead() {
        CueListTable table = CueListReader.csv("cue\ttitle\n1M1\tOpening, part one\n");

        assertThat(table.rows().get(0).cells()).containsExactly("1M1", "Opening, part one");
    }

    @Test
    void theFirstSheetOfAWorkbookIsReadAsTheSpreadsheetShowsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Cues");
            sheet.createRow(0).createCell(0).setCellValue("Cue");
            sheet.getRow(0).createCell(1).setCellValue("Title");
            sheet.createRow(3).createCell(0).setCellValue("1M1");
            sheet.getRow(3).createCell(1).setCellValue(42);
            workbook.write(out);
        }

        CueListTable table = CueListReader.xlsx(new ByteArrayInputStream(out.toByteArray()));

        assertThat(table.headers()).containsExactly("Cue", "Title");
        assertThat(table.rows()).extracting(CueListTable.Row::line).containsExactly(4);
        assertThat(table.rows().get(0).cells()).containsExactly("1M1", "42");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedWithAMessage() {
        assertThatThrownBy(() -> CueListReader.xlsx(new ByteArrayInputStream("cue,title".getBytes())))
                .isInstanceOf(CueListFileException.class)
                .hasMessageContaining("Excel workbook");
    }

    @Test
    void shareCellsReadNamesSocietiesIpisDesignationsAndShares() {
        List<ShareCell.Entry> entries =
                ShareCell.parse("Jane Doe (PRS, CA) 50; John Roe (ASCAP, IPI 00014107338) 50%", "writer");

        assertThat(entries)
                .extracting(
                        ShareCell.Entry::name,
                        ShareCell.Entry::society,
                        ShareCell.Entry::ipi,
                        ShareCell.Entry::designation,
                        e -> e.share().value())
                .containsExactly(
                        tuple("Jane Doe", "PRS", null, WriterDesignation.CA, new BigDecimal("50.00")),
                        tuple("John Roe", "ASCAP", "00014107338", null, new BigDecimal("50.00")));
    }

    @Test
    void aSingleEntryWithoutAShareHoldsTheWholeSide() {
        assertThat(ShareCell.parse("Label Records", "master owner"))
                .extracting(ShareCell.Entry::name, e -> e.share().value())
                .containsExactly(tuple("Label Records", new BigDecimal("100.00")));
    }

    @Test
    void severalEntriesNeedEveryShareAndMayNotPassOneHundred() {
        assertThatThrownBy(() -> ShareCell.parse("Jane Doe; John Roe 50", "writer"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("Give every writer a share");
        assertThatThrownBy(() -> ShareCell.parse("Jane Doe 60; John Roe 50", "publisher"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("total 110.00%");
    }
}
