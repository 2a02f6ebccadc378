package org.rightstracker.core.importing.cuelist;

import java.util.List;

/** The cells of a cue list as read from CSV or XLSX: the header row and the rows after it, with line numbers. */
public record CueListTable(int headerLine, List<String> headers, List<Row> rows) {

    /** One row; {@code line} is the CSV line or spreadsheet row number a user sees. */
    public record Row(int line, List<String> cells) {

        String cell(int index) {
            if (index < 0 || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String value = cells.get(index).strip();
            return value.isEmpty() ? null : value;
        }
    }
}
