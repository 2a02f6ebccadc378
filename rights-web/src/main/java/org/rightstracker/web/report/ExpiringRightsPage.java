package org.rightstracker.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.rightstracker.reports.expiring.ExpiringBuilder;
import org.rightstracker.reports.expiring.ExpiringRenderer;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.Permissions;
import org.rightstracker.web.security.ProductionAccess;

/**
 * Expiring rights across productions: licences, options and quotes running out within a window of
 * days, as page, print view and PDF.
 */
@Path("/reports/expiring")
public class ExpiringRightsPage {

    @Inject
    ProductionAccess access;

    @Inject
    Permissions permissions;

    /** The windows offered as quick links; any other number of days works through the form. */
    static final List<Integer> WINDOWS = List.of(7, 30, 90, 180);

    @Inject
    ExpiringBuilder expiring;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(int days, List<Integer> windows, int maxDays, RawString body);
    }

    @GET
    public Response page(@QueryParam("days") @DefaultValue("30") String daysText, @BeanParam ReportQuery query) {
        int days = days(daysText);
        // Every production for now; the production teams decide which the user may see (see the report to the lead).
        var output = ExpiringRenderer.output(expiring.build(visibleIds(), days, LocalDate.now()));
        return ReportResponses.respond(
                output,
                query,
                "/reports/expiring?days=" + days,
                body -> Templates.page(days, WINDOWS, ExpiringBuilder.MAX_DAYS, body));
    }

    private static int days(String text) {
        try {
            int days = Integer.parseInt(text.strip());
            if (days >= 0 && days <= ExpiringBuilder.MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, with the same message as a number out of range
        }
        throw new BadRequestException("days must be a whole number from 0 to " + ExpiringBuilder.MAX_DAYS + ".");
    }

    /** Who sees every production sees every production's expiring rights; everyone else, their teams'. */
    private java.util.Collection<Long> visibleIds() {
        return permissions.may(Permission.SEE_EVERY_PRODUCTION)
                ? null
                : access.visibleProductions().stream().map(p -> p.id).toList();
    }
}
