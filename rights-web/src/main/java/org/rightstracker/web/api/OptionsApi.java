package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.licence.LicenceOption;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.web.api.ClearanceItemsApi.ExercisedBody;
import org.rightstracker.web.api.ClearanceItemsApi.OptionDto;
import org.rightstracker.web.security.ProductionAccess;

/** Licence options: mark one exercised, or remove it. */
@Path("/api/v1/options")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Clearance")
public class OptionsApi {

    @Inject
    LicenceService licences;

    @Inject
    ProductionAccess access;

    @PUT
    @Path("{id}")
    @Transactional
    public OptionDto exercise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ExercisedBody body) {
        LicenceOption option = option(id);
        ExercisedBody given = ApiBodies.required(body);
        return OptionDto.of(ApiBodies.flushed(
                licences.setExercised(option.id, Versions.expected(ifMatch, given.version()), given.exercised())));
    }

    @DELETE
    @Path("{id}")
    @Transactional
    public Response removeOption(
            @PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, @QueryParam("version") Long version) {
        LicenceOption option = option(id);
        licences.removeOption(option.id, Versions.expected(ifMatch, version));
        return Response.noContent().build();
    }

    private LicenceOption option(long optionId) {
        LicenceOption option = LicenceOption.findById(optionId);
        if (option == null || !access.canSee(option.item.cue.production.id)) {
            throw NotFoundException.of("Option", optionId);
        }
        access.requireEditable(option.item.cue.production.id);
        return option;
    }
}
