package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.web.security.ProductionAccess;

/** What a quote or licence covers (range, cap) and the use it grants (usages, longest use, scene). */
@Path("/api/v1/clearance-items/{id}/use")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance")
public class ClearanceItemUseApi {

    @Inject
    LicenceUses uses;

    @Inject
    ProductionAccess access;

    @Inject
    ProductionClearance clearance;

    /**
     * range CUE (default), EPISODE, SEASON or SERIES; rangeCap at most this many uses (range other than
     * CUE only); usages BI, BV, VI, VV, MT, ET, LOGO (empty = any); maxDuration "0:30" (empty = any length).
     */
    public record UseBody(
            Long version, String range, Integer rangeCap, List<String> usages, String maxDuration, String scene) {}

    @PUT
    @Transactional
    @Operation(
            summary = "Set a licence's range and granted use",
            description = "Full replacement. A licence with a range other than CUE clears every use of its work"
                    + " (sync) or recording (master) in its episode, season or series, the first rangeCap uses"
                    + " only when capped (counted season, episode order, cue number). A cue whose usage or"
                    + " duration the granted use does not cover is not cleared (problem USE_NOT_GRANTED). An"
                    + " executed licence is final: reopen it as an amendment to change these (400 at range).")
    public ClearanceItemsApi.ItemDto update(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, UseBody body) {
        ClearanceItem item = access.requireVisibleItem(id);
        access.requireEditable(item.cue.production.id);
        UseBody sent = ApiBodies.required(body);
        ClearanceItem saved = ApiBodies.flushed(uses.update(
                id,
                Versions.expected(ifMatch, sent.version()),
                new LicenceUseInput(sent.range(), sent.rangeCap(), sent.usages(), sent.maxDuration(), sent.scene())));
        return ClearanceItemsApi.ItemDto.of(
                saved, ClearanceItemsApi.verdictOf(clearance.evaluateCue(saved.cue.id), saved));
    }
}
