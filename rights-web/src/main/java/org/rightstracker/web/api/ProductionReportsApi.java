package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.report.DeliveryPage;
import org.rightstracker.web.report.ProductionReportsPage;
import org.rightstracker.web.report.ReportQuery;

/**
 * A production's reports: the clearance checklist, cue sheet, ownership, costs, score and delivery checklist, as PDF, CSV, XLSX or
 * JSON. The same reports, built and rendered by the same code, as the report pages; the JSON is the very
 * model the page renders.
 */
@Path("/api/v1/productions/{productionId}/reports")
@Tag(name = "Reports")
public class ProductionReportsApi {

    static final Set<String> FORMATS = Set.of("pdf", "csv", "xlsx", "json");

    @Inject
    ProductionReportsPage reports;

    @Inject
    DeliveryPage delivery;

    @GET
    @Path("{report}")
    @Produces({
        "application/pdf",
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/json"
    })
    public Response download(
            @PathParam("productionId") long productionId,
            @PathParam("report") String report,
            @QueryParam("format") @DefaultValue("pdf") String format,
            @QueryParam("paper") String paper) {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new ValidationException("format", "Unknown format; use pdf, csv, xlsx or json.");
        }
        if (chosen.equals("json")) {
            Object model =
                    report.equals("delivery") ? delivery.checklist(productionId) : reports.model(productionId, report);
            if (model == null) {
                throw unknownReport();
            }
            return Response.ok(model, MediaType.APPLICATION_JSON_TYPE).build();
        }
        ReportQuery query = ReportQuery.of(chosen, null, paper);
        return switch (report) {
            case "checklist" -> reports.checklist(productionId, query);
            case "cue-sheet" -> reports.cueSheet(productionId, query);
            case "ownership" -> reports.ownership(productionId, query);
            case "costs" -> reports.costs(productionId, query);
            case "score" -> reports.score(productionId, query);
            case "delivery" -> delivery.download(productionId, query);
            default -> throw unknownReport();
        };
    }

    private static ValidationException unknownReport() {
        return new ValidationException(
                "report", "Unknown report; use checklist, cue-sheet, ownership, costs, score or delivery.");
    }
}
