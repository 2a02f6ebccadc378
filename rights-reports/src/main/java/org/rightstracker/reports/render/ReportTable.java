package org.rightstracker.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report flattened to one typed table, the shape CSV and XLSX share. Values keep their Java type
 * (BigDecimal, Integer, LocalDate, String) so the spreadsheet gets numeric and date cells, not text.
 *
 * @param name the sheet name and the base of the file name, e.g. "Clearance checklist"
 * @param totals a last row of sums, written after the data (and outside a spreadsheet's filter so that
 *     sorting the data leaves it at the foot); null when the table has none
 * @param about what the table is about (production, release plan, budget, status, date): header rows
 *     before the table in CSV, a first sheet in XLSX; empty for a bare table
 */
public record ReportTable(
        String name, List<Column> columns, List<List<Object>> rows, List<Object> totals, List<Fact> about) {

    /** One line of what a table is about, e.g. "Release plan" — "All media · World". */
    public record Fact(String label, String value) {}

    public ReportTable {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        rows = rows.stream().map(ReportTable::row).toList();
        totals = totals == null ? null : row(totals);
        about = about == null ? List.of() : List.copyOf(about);
        for (List<Object> row : totals == null ? rows : concat(rows, totals)) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(
                        "A row of " + name + " has " + row.size() + " values for " + columns.size() + " columns");
            }
        }
    }

    /** A table without a totals row. */
    public ReportTable(String name, List<Column> columns, List<List<Object>> rows) {
        this(name, columns, rows, null, List.of());
    }

    /** A table with a totals row and nothing said about it. */
    public ReportTable(String name, List<Column> columns, List<List<Object>> rows, List<Object> totals) {
        this(name, columns, rows, totals, List.of());
    }

    private static List<List<Object>> concat(List<List<Object>> rows, List<Object> last) {
        List<List<Object>> all = new ArrayList<>(rows);
        all.add(last);
        return all;
    }

    // List.copyOf refuses nulls, and an empty cell is a null: keep them.
    private static List<Object> row(List<Object> values) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** How a column's values are written: the CSV text form and the spreadsheet cell type follow from it. */
    public enum CellType {
        TEXT,
        /** Whole numbers: seconds, counts, sequence numbers. */
        INTEGER,
        /** Percentages with two decimals, as shares are registered. */
        SHARE,
        /** Amounts with the currency's decimals; the currency is in its own column or the header. */
        MONEY,
        DATE
    }

    public record Column(String header, CellType type) {

        public static Column text(String header) {
            return new Column(header, CellType.TEXT);
        }

        public static Column integer(String header) {
            return new Column(header, CellType.INTEGER);
        }

        public static Column share(String header) {
            return new Column(header, CellType.SHARE);
        }

        public static Column money(String header) {
            return new Column(header, CellType.MONEY);
        }

        public static Column date(String header) {
            return new Column(header, CellType.DATE);
        }
    }
}
