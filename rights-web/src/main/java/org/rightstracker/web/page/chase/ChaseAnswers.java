package org.rightstracker.web.page.chase;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.rightstracker.core.chase.ChaseFilter;
import org.rightstracker.core.chase.ChaseGroup;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.core.chase.ChaseRow;
import org.rightstracker.core.chase.ChaseSort;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.TableCsvWriter;
import org.rightstracker.reports.render.TableXlsxWriter;
import org.rightstracker.web.security.Permissions;

/** Answers a chase list request, for one production or across productions: the page, CSV or XLSX. */
@ApplicationScoped
class ChaseAnswers {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    Permissions permissions;

    @Inject
    ChaseList chase;

    Response answer(
            Production production,
            List<Long> productionIds,
            String sortText,
            List<String> status,
            List<String> side,
            String licensor,
            String overdue,
            String formatText) {
        ChaseSort sort = ChaseParameters.sort(sortText);
        ChaseFilter filter = ChaseParameters.filter(status, side, licensor, overdue);
        String format = format(formatText);
        LocalDate today = LocalDate.now();
        List<ChaseRow> rows = chase.load(productionIds, today);
        List<ChaseGroup> groups = ChaseGroup.of(rows, filter, sort);
        if (!format.equals("html")) {
            String title = production == null ? "All productions" : production.displayTitle();
            ReportTable table = ChaseExport.table("Chase list", groups, production == null);
            String fileName = FileNames.of(title, "chase-list", format);
            byte[] bytes = format.equals("csv") ? TableCsvWriter.write(table) : TableXlsxWriter.write(table);
            return Response.ok(bytes, format.equals("csv") ? CSV : XLSX)
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .header("Cache-Control", "private, no-store")
                    .build();
        }
        ChaseView view =
                new ChaseView(production, groups, rows.size(), sort, filter, permissions.canEditProductions(), today);
        return Response.ok(ChasePage.Templates.list(view).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    private static String format(String text) {
        String format = text == null || text.isBlank() ? "html" : text.strip().toLowerCase(Locale.ROOT);
        if (!List.of("html", "csv", "xlsx").contains(format)) {
            throw new ValidationException("format", "Unknown format '" + text + "'; use html, csv or xlsx.");
        }
        return format;
    }
}
