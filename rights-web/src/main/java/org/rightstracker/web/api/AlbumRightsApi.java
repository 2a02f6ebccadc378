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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.album.AlbumRightInput;
import org.rightstracker.core.album.AlbumRightService;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.core.album.engine.MasterFeeModel;
import org.rightstracker.web.api.AlbumDtos.RightDto;
import org.rightstracker.web.security.ProductionAccess;

/** One album right of a track: where it stands and, for a master licence, its fee or royalty. */
@Path("/api/v1/album-rights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Albums")
public class AlbumRightsApi {

    @Inject
    AlbumRightService rights;

    @Inject
    ProductionAccess access;

    /** Where a right stands; fee model, fee and royalty apply to master licences only. */
    public record RightBody(
            Long version,
            AlbumRightStatus status,
            MasterFeeModel feeModel,
            String fee,
            String currency,
            String royaltyPercent,
            String notes) {}

    @PUT
    @Path("{id}")
    @Transactional
    @Operation(
            summary = "Record where an album right stands",
            description = "Status (approvals: approved or"
                    + " denied; licences: quoted, licensed or denied), and for a master licence a flat fee with currency"
                    + " or a royalty percentage. Send the version you read.")
    public RightDto updateRight(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, RightBody body) {
        access.requireEditable(rights.get(id).track.album.production.id);
        RightBody given = ApiBodies.required(body);
        return RightDto.of(ApiBodies.flushed(rights.update(
                id,
                Versions.expected(ifMatch, given.version()),
                new AlbumRightInput(
                        given.status(),
                        given.feeModel(),
                        given.fee(),
                        given.currency(),
                        given.royaltyPercent(),
                        given.notes()))));
    }
}
