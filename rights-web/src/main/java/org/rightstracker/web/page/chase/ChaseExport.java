package org.rightstracker.web.page.chase;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.chase.ChaseGroup;
import org.rightstracker.core.chase.ChaseRow;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/**
 * The chase list as one table for CSV and XLSX: the page's columns in the page's order, with the
 * licensor of each group heading as a column of its own so that a spreadsheet can filter by it.
 */
final class ChaseExport {

    private ChaseExport() {}

    static List<Column> columns(boolean withProduction) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("Licensor"));
        if (withProduction) {
            columns.add(Column.text("Production"));
        }
        columns.addAll(List.of(
                Column.text("Cue"),
                Column.text("Title"),
                Column.text("Side"),
                Column.text("Share"),
                Column.text("Status"),
                Column.text("Contact"),
                Column.date("Requested on"),
                Column.integer("Days waiting"),
                Column.date("Last follow-up"),
                Column.date("Next follow-up"),
                Column.date("Quote expiry")));
        return columns;
    }

    static ReportTable table(String name, List<ChaseGroup> groups, boolean withProduction) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChaseGroup group : groups) {
            for (ChaseRow row : group.rows()) {
                List<Object> values = new ArrayList<>();
                values.add(row.licensor());
                if (withProduction) {
                    values.add(row.production());
                }
                values.add(row.cueNumber());
                values.add(row.cueTitle());
                values.add(row.side().label());
                values.add(row.share());
                values.add(row.status().label());
                values.add(row.contact());
                values.add(row.requestedOn());
                values.add(row.daysWaiting());
                values.add(row.lastFollowUpOn());
                values.add(row.nextFollowUpOn());
                values.add(row.quoteExpiresOn());
                rows.add(values);
            }
        }
        return new ReportTable(name, columns(withProduction), rows);
    }
}
