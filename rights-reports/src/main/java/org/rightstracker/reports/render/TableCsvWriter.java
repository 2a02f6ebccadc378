package org.rightstracker.reports.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link ReportTable} as RFC 4180 CSV in UTF-8: numbers as plain decimals with a dot and no
 * grouping, dates as ISO yyyy-MM-dd, empty cells empty. Spreadsheet users get the XLSX; the CSV is
 * for machines, so it stays unformatted and unambiguous.
 */
public final class TableCsvWriter {

    // Excel only recognises UTF-8 CSV with a byte-order mark; without it accented names turn to mojibake.
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private TableCsvWriter() {}

    public static byte[] write(ReportTable table) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            if (!table.about().isEmpty()) {
                for (ReportTable.Fact fact : table.about()) {
                    printer.printRecord(fact.label(), fact.value());
                }
                printer.println();
            }
            printer.printRecord(
                    table.columns().stream().map(ReportTable.Column::header).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(texts(row));
            }
            if (table.totals() != null) {
                printer.printRecord(texts(table.totals()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(List<Object> row) {
        List<String> cells = new ArrayList<>(row.size());
        for (Object value : row) {
            cells.add(text(value));
        }
        return cells;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return value.toString();
    }
}
