package org.rightstracker.web.page.chase;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The chase list across the user's productions: every open licence grouped by licensor (one licensor,
 * one e-mail to write), sorted and filtered with plain GET parameters, and as CSV or XLSX with the same
 * columns. Who may edit the productions logs follow-ups from each row. {@link ProductionChasePage} is the
 * same list for one production.
 */
@Path("/chase")
public class ChasePage {

    @Inject
    ProductionAccess access;

    @Inject
    ChaseAnswers answers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ChaseView view);
    }

    @GET
    public Response all(
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("format") String format) {
        List<Long> ids = access.visibleProductions().stream().map(p -> p.id).toList();
        return answers.answer(null, ids, sort, status, side, licensor, overdue, format);
    }
}
