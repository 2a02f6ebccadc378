package org.rightstracker.web.page.chase;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
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
import org.rightstracker.web.security.ProductionAccess;

/**
 * The chase list: every open licence of one production, or of all the user's productions, grouped by
 * licensor (one licensor, one e-mail to write), sorted and filtered with plain GET parameters, and as
 * CSV or XLSX with the same columns. Who may edit the production logs follow-ups from each row.
 */
@Path("/")
public class ChasePage {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    @Inject
    ChaseList chase;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ChaseView view);
    }

    @GET
    @Path("chase")
    public Response all(
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("format") String format) {
        List<Long> ids = access.visibleProductions().stream().map(p -> p.id).toList();
        return answer(null, ids, sort, status, side, licensor, overdue, format);
    }

    @GET
    @Path("productions/{id}/chase")
    public Response production(
            @PathParam("id") long id,
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("format") String format) {
        Production production = access.requireVisible(id);
        return answer(production, List.of(id), sort, status, side, licensor, overdue, format);
    }

    private Response answer(
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
        return Response.ok(Templates.list(view).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
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
