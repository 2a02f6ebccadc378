package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.rightstracker.core.importing.cuelist.CueListFileException;
import org.rightstracker.core.importing.cuelist.CueListImport;
import org.rightstracker.core.importing.cuelist.CueListImportResult;
import org.rightstracker.core.importing.cuelist.CueListReader;
import org.rightstracker.core.importing.cwr.CwrImport;
import org.rightstracker.core.importing.cwr.CwrImportResult;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.error.Problem;
import org.rightstracker.web.importing.UploadCheck;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/**
 * The imports of the import pages for scripts: the file is the request body ({@code POST
 * /api/v1/imports/cwr}, {@code POST /api/v1/imports/cue-list?production=ID}); the whole file is imported in
 * one transaction or nothing is (a file with errors answers 400 and changes nothing).
 */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@Requires(Permission.IMPORT)
public class ImportsApi {

    private static final Logger LOG = Logger.getLogger(ImportsApi.class);

    @Inject
    org.rightstracker.web.metrics.OperationsMeters meters;

    @Inject
    CwrImport cwr;

    @Inject
    CueListImport cueLists;

    @Inject
    org.rightstracker.core.importing.cwr.CwrAcknowledgements acknowledgements;

    @Inject
    ProductionAccess access;

    @POST
    @Path("cwr")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Import a CWR 2.1/2.2 file into the catalogue (works, writers, publishers, recordings)",
            description = "With dryRun=true nothing is written: the answer is the preview (CwrPreviewDto), the"
                    + " plan and problems the import page shows, with 200 even when the file has errors"
                    + " (canCommit false).")
    public Response importCwr(
            @QueryParam("fileName") String fileName, @QueryParam("dryRun") String dryRun, byte[] body) {
        String name = fileName == null || fileName.isBlank() ? "upload.cwr" : fileName;
        boolean previewOnly = QueryValues.flag("dryRun", dryRun);
        try {
            UploadCheck.size(name, body.length, UploadCheck.IMPORT_LIMIT);
            String text = UploadCheck.cwrText(name, body);
            if (previewOnly) {
                return Response.ok(CwrPreviewDto.of(cwr.preview(name, text))).build();
            }
            LOG.infof("CWR import of %s (%d bytes) started", name, body.length);
            long started = System.nanoTime();
            CwrImportResult result;
            try {
                result = cwr.commit(name, text);
            } catch (ValidationException e) {
                meters.importRefused("cwr");
                throw e;
            }
            meters.importCommitted(result, started);
            LOG.infof("CWR import of %s committed", name);
            return Response.ok(result).build();
        } catch (UploadCheck.Refused refused) {
            return refusedFile(refused);
        }
    }

    @POST
    @Path("cwr-acknowledgements")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary = "Record a society's CWR acknowledgement file (ACK): each registration accepted or rejected",
            description = "Each ACK is kept with the work whose submitter work number it quotes (shown on the"
                    + " work page). A file with structural errors or without ACK transactions is refused whole.")
    public Response importAcknowledgements(@QueryParam("fileName") String fileName, byte[] body) {
        String name = fileName == null || fileName.isBlank() ? "acknowledgement.cwr" : fileName;
        try {
            UploadCheck.size(name, body.length, UploadCheck.IMPORT_LIMIT);
            return Response.ok(acknowledgements.importFile(name, UploadCheck.cwrText(name, body)))
                    .build();
        } catch (UploadCheck.Refused refused) {
            return refusedFile(refused);
        }
    }

    @POST
    @Path("cue-list")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Import a cue list (CSV) into a production: new cues, changed cues, their music")
    public Response importCueList(
            @QueryParam("production") Long productionId, @QueryParam("fileName") String fileName, byte[] body) {
        editableProduction(productionId);
        String name = fileName == null || fileName.isBlank() ? "cue-list.csv" : fileName;
        try {
            UploadCheck.size(name, body.length, UploadCheck.IMPORT_LIMIT);
            var table = CueListReader.csv(UploadCheck.csvText(name, body));
            LOG.infof(
                    "Cue-list import of %s (%d rows) into production %d started",
                    name, table.rows().size(), productionId);
            long started = System.nanoTime();
            CueListImportResult result;
            try {
                result = cueLists.commit(productionId, name, table);
            } catch (ValidationException e) {
                meters.importRefused("cue-list");
                throw e;
            }
            meters.importCommitted(result, started);
            LOG.infof("Cue-list import of %s committed", name);
            return Response.ok(result).build();
        } catch (UploadCheck.Refused refused) {
            return refusedFile(refused);
        } catch (CueListFileException unreadable) {
            throw new ValidationException("file", unreadable.getMessage());
        }
    }

    /**
     * The production is a parameter here, not the address: one that is missing, unknown or not the user's
     * is a 400 naming the parameter (the same words for unknown and not the user's, as everywhere).
     */
    private void editableProduction(Long productionId) {
        if (productionId == null) {
            throw new ValidationException("production", "Name the production to import into: ?production= and its id.");
        }
        try {
            access.requireEditable(productionId);
        } catch (NotFoundException unknown) {
            throw new ValidationException(
                    "production", "There is no production " + productionId + " you can import into.");
        }
    }

    private static Response refusedFile(UploadCheck.Refused refused) {
        Response.StatusType type = Response.Status.fromStatusCode(refused.status());
        return Response.status(refused.status())
                .type("application/problem+json")
                .entity(Problem.of(
                        refused.status(), type == null ? "File refused" : type.getReasonPhrase(), refused.getMessage()))
                .build();
    }
}
