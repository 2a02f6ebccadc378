package org.rightstracker.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.rightstracker.core.delivery.DeliveryChecklist;
import org.rightstracker.core.delivery.DeliverySchedule;
import org.rightstracker.core.production.Production;
import org.rightstracker.reports.score.DeliveryRenderer;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The music delivery checklist of a production ({@code /productions/{id}/delivery}): page, print view,
 * PDF, CSV and XLSX through the same report assembly as the other reports; JSON through the API.
 */
@Path("/productions/{id}/delivery")
public class DeliveryPage {

    @Inject
    ProductionAccess access;

    @Inject
    DeliverySchedule schedule;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(Production production, DeliveryChecklist checklist, RawString body);
    }

    @GET
    public Response download(@PathParam("id") long id, @BeanParam ReportQuery query) {
        Production production = access.requireVisible(id);
        DeliveryChecklist checklist = schedule.load(id, LocalDate.now());
        return ReportResponses.respond(
                DeliveryRenderer.output(checklist, LocalDate.now()),
                query,
                "/productions/" + id + "/delivery",
                body -> Templates.show(production, checklist, body));
    }

    /** The checklist as the API's JSON: the very model the page renders. */
    public DeliveryChecklist checklist(long id) {
        access.requireVisible(id);
        return schedule.load(id, LocalDate.now());
    }
}
