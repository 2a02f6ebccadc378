package org.rightstracker.web.importing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.rightstracker.core.importing.cwr.CwrExport;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;

/**
 * A production's own music registered as CWR 2.2 (see {@link CwrExport}): the production page's
 * "Register music (CWR)" button, which lands back on the production page with the reason when there is
 * nothing to send or no submitter is configured ({@link CwrRegistrationsApi} is the same for scripts).
 * It needs the permission to import CWR files: the catalogue's exchange with the societies.
 */
@Path("/productions/{id}/cwr")
public class CwrRegistrations {

    @Inject
    CwrExport export;

    @Inject
    ProductionAccess access;

    @GET
    public Response page(@PathParam("id") long id) {
        access.requireVisible(id, Permission.IMPORT);
        try {
            return file(export.production(id, LocalDateTime.now()));
        } catch (ValidationException refused) {
            return Flash.seeOther(
                    "/productions/" + id,
                    refused.errors().stream()
                            .map(e -> e.message())
                            .reduce((a, b) -> a + " " + b)
                            .orElse("Nothing to register."));
        }
    }

    static Response file(CwrExport.Export file) {
        return Response.ok(file.text().getBytes(StandardCharsets.ISO_8859_1))
                .type("text/plain; charset=ISO-8859-1")
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .build();
    }
}
