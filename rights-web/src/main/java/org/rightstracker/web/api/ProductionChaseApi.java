package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.chase.ChaseList;
import org.rightstracker.web.security.ProductionAccess;

/** The chase list of one production (the same rows, sort and filters as {@link ChaseApi}). */
@Path("/api/v1/productions/{productionId}/chase")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chase list")
public class ProductionChaseApi {

    @Inject
    ProductionAccess access;

    @Inject
    ChaseList chase;

    @GET
    @Operation(
            summary = "The chase list of a production",
            description = "As GET /api/v1/chase, for one production; another team's production is a 404.")
    public PageOf<ChaseApi.ChaseRowDto> list(
            @PathParam("productionId") long productionId,
            @QueryParam("sort") String sort,
            @QueryParam("status") List<String> status,
            @QueryParam("side") List<String> side,
            @QueryParam("licensor") String licensor,
            @QueryParam("overdue") String overdue,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        access.requireVisible(productionId);
        return ChaseApi.rows(chase, List.of(productionId), sort, status, side, licensor, overdue, page, size);
    }
}
