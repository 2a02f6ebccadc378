package org.rightstracker.core.importing.cuelist;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads cue lists as editors' tools and spreadsheets save them: CSV separated by commas, semicolons
 * (European spreadsheets) or tabs, and the first sheet of an XLSX workbook. The first non-empty row
 * is the header; empty rows are skipped.
 */
public final class CueListReader {

    private CueListReader() {}

    public static CueListTable csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(body))
                .setIgnoreEmptyLines(false)
                .setTrim(true)
                .get();
        List<CueListTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            long nextLine = 1;
            for (CSVRecord record : parser) {
                int line = (int) nextLine;
                nextLine = parser.getCurrentLineNumber() + 1;
                rows.add(new CueListTable.Row(line, record.toList()));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CueListFileException("The CSV file cannot be read: " + e.getMessage(), e);
        }
        return table(rows);
    }

    public static CueListTable xlsx(InputStream in) {
        List<CueListTable.Row> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new CueListFileException("The workbook has no sheet.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            // Cells as the spreadsheet shows them: "0:45" stays "0:45", 50 stays "50", not 50.0.
            DataFormatter formatter = new DataFormatter();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell, evaluator));
                }
                rows.add(new CueListTable.Row(row.getRowNum() + 1, cells));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof CueListFileException known) {
                throw known;
            }
            throw new CueListFileException(
                    "The file cannot be read as an Excel workbook (.xlsx): " + e.getMessage(), e);
        }
        return table(rows);
    }

    private static CueListTable table(List<CueListTable.Row> all) {
        List<CueListTable.Row> rows = all.stream()
                .filter(r -> r.cells().stream().anyMatch(c -> c != null && !c.isBlank()))
                .toList();
        if (rows.isEmpty()) {
            throw new CueListFileException("The cue list is empty: it has no header row and no cues.");
        }
        CueListTable.Row header = rows.get(0);
        return new CueListTable(header.line(), header.cells(), rows.subList(1, rows.size()));
    }

    // The separator used most often on the header line, outside quotes.
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (char c : first.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
