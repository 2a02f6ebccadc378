package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.licence.LicenceAmendments;
import org.rightstracker.web.security.ProductionAccess;

/** "Reopen as amendment" for an executed licence: a new clearance item linked to it, the licence kept. */
@Path("/api/v1/clearance-items/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance")
public class ClearanceItemAmendmentsApi {

    @Inject
    LicenceAmendments amendments;

    @Inject
    ProductionAccess access;

    @Inject
    ProductionClearance clearance;

    /** The version of the executed licence the client read (or send it as If-Match). */
    public record AmendmentBody(Long version) {}

    @POST
    @Transactional
    @Operation(
            summary = "Reopen an executed licence as an amendment",
            description = "Creates the licence's next amendment: same cue, party, side and shares, amendsItemId"
                    + " naming this licence, amendmentNo one higher, status NOT_REQUESTED, the granted scope, term,"
                    + " contact and MFN flags copied as the starting point, no fees. The licence itself is left"
                    + " unchanged and stays in force for coverage and budget until the amendment is executed;"
                    + " then the amendment's scope, term and agreed fee (the new total, replacing the old fee)"
                    + " count. 409 when the version is stale, or when the licence is not the executed licence in"
                    + " force of its chain (not LICENSED, obsolete, or already amended).")
    public Response reopen(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, AmendmentBody body) {
        ClearanceItem licence = access.requireVisibleItem(id);
        access.requireEditable(licence.cue.production.id);
        // The version may come as If-Match alone; without it the body carries it, and must be there.
        boolean ifMatchGiven = ifMatch != null && !ifMatch.isBlank();
        Long bodyVersion =
                ifMatchGiven && body == null ? null : ApiBodies.required(body).version();
        ClearanceItem amendment =
                ApiBodies.flushed(amendments.reopen(licence.id, Versions.expected(ifMatch, bodyVersion)));
        return Response.created(URI.create("/api/v1/clearance-items/" + amendment.id))
                .entity(ClearanceItemsApi.ItemDto.of(
                        amendment, ClearanceItemsApi.verdictOf(clearance.evaluateCue(amendment.cue.id), amendment)))
                .build();
    }
}
