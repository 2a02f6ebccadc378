package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueNumberOrder;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.SearchWords;
import org.rightstracker.web.page.ProductionVerdicts;
import org.rightstracker.web.security.ProductionAccess;

/** The cues of one production: listed with filters, and added by its supervisors. */
@Path("/api/v1/productions/{productionId}/cues")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cues")
public class ProductionCuesApi {

    @Inject
    CueService cues;

    @Inject
    ProductionAccess access;

    @Inject
    CuesApi cuesApi;

    @Inject
    ProductionVerdicts verdicts;

    /** Cues in cue-number order, filtered by origin, usage, status and a text in number or title. */
    @GET
    @Transactional
    public PageOf<CuesApi.CueDto> list(
            @PathParam("productionId") long productionId,
            @QueryParam("q") String query,
            @QueryParam("origin") String originText,
            @QueryParam("usage") String usageText,
            @QueryParam("status") String statusText,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("50") int size) {
        Production production = access.requireVisible(productionId);
        CueOrigin origin = QueryValues.optional(CueOrigin.class, "origin", originText);
        CueUsage usage = QueryValues.optional(CueUsage.class, "usage", usageText);
        CueStatus status = QueryValues.optional(CueStatus.class, "status", statusText);
        Map<Long, CueStatus> statuses = CuesApi.statuses(verdicts.of(production));
        // Every word typed, in any order, accents and case aside.
        SearchWords words = SearchWords.of(query);
        List<Cue> matching = Cue.<Cue>list("production.id", productionId).stream()
                .filter(c -> origin == null || c.origin == origin)
                .filter(c -> usage == null || c.usage == usage)
                .filter(c -> status == null || statuses.get(c.id) == status)
                .filter(c -> words.matches(c.number, c.title))
                .sorted(Comparator.comparing((Cue c) -> c.number, CueNumberOrder.INSTANCE))
                .toList();
        return PageOf.slice(matching, page, size, c -> CuesApi.CueDto.of(c, statuses.get(c.id)));
    }

    @POST
    @Transactional
    public Response create(@PathParam("productionId") long productionId, CuesApi.CueBody body) {
        access.requireEditable(productionId);
        Cue cue = ApiBodies.flushed(
                cues.create(productionId, ApiBodies.required(body).input()));
        return Response.created(URI.create("/api/v1/cues/" + cue.id))
                .entity(CuesApi.CueDto.of(cue, cuesApi.status(cue.id)))
                .build();
    }
}
