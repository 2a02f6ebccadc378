package org.rightstracker.web.page.chase;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.rightstracker.core.production.Production;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The chase list of one production (see {@link ChasePage}). A class of its own: under the class that
 * serves /productions this path would never be reached.
 */
@Path("/productions/{id}/chase")
public class ProductionChasePage {

    @Inject
    ProductionAccess access;

    @Inject
    ChaseAnswers answers;

    @GET
    public Response production(
            @PathParam("id") long id,
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("format") String format) {
        Production production = access.requireVisible(id);
        return answers.answer(production, List.of(id), sort, status, side, licensor, overdue, format);
    }
}
