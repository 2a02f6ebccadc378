package org.rightstracker.web.importing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rightstracker.core.importing.cwr.CwrExport;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;

/** {@code GET /api/v1/productions/{id}/cwr}: the production's own music as a CWR 2.2 file, for scripts. */
@jakarta.ws.rs.Path("/api/v1/productions/{id}/cwr")
@Tag(name = "Imports")
public class CwrRegistrationsApi {

    @Inject
    CwrExport export;

    @Inject
    ProductionAccess access;

    @GET
    @Produces("text/plain")
    @Operation(
            summary = "Register the production's score and original songs as a CWR 2.2 file",
            description = "One NWR per work of the active score and original-song cues. 400 naming"
                    + " `submitter` when rights.cwr.submitter names no party, `production` when there is nothing"
                    + " to register.")
    public Response file(@PathParam("id") long id) {
        access.requireVisible(id, Permission.IMPORT);
        return CwrRegistrations.file(export.production(id, LocalDateTime.now()));
    }
}
