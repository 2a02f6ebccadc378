package org.rightstracker.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.rightstracker.core.importing.edl.EdlImport;
import org.rightstracker.core.importing.edl.EdlImportResult;
import org.rightstracker.core.importing.edl.EdlPreview;
import org.rightstracker.core.importing.edl.EdlUpload;
import org.rightstracker.web.error.Problem;
import org.rightstracker.web.importing.EdlRequests;
import org.rightstracker.web.importing.UploadCheck;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/**
 * The editor's cut (a CMX 3600 EDL, the request body) for a production: {@code preview} answers the plan —
 * each cue new, changed, removed or unchanged with its clearance consequence — and every problem by line,
 * writing nothing; {@code commit} applies the same plan in one transaction, given the preview's
 * {@code basis} (409 when a cue changed since, 400 when the list has errors).
 */
@Path("/api/v1/productions/{productionId}/edl")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
@Tag(name = "Imports")
@Requires(Permission.IMPORT)
public class ProductionEdlApi {

    private static final Logger LOG = Logger.getLogger(ProductionEdlApi.class);

    @Inject
    EdlImport edl;

    @Inject
    ProductionAccess access;

    @POST
    @Path("preview")
    @Operation(summary = "Preview an EDL against the production's cues: the plan and every problem; writes nothing")
    public Response preview(
            @PathParam("productionId") long productionId,
            @QueryParam("fileName") String fileName,
            @Parameter(description = "23.976, 24, 25, 29.97 or 30; the production's rate when absent")
                    @QueryParam("frameRate")
                    String frameRate,
            @Parameter(description = "A recording for an unmatched clip, \"recordingId:clip name\"; repeatable")
                    @QueryParam("link")
                    List<String> links,
            byte[] body) {
        access.requireEditable(productionId);
        try {
            EdlPreview preview = edl.preview(productionId, upload(fileName, frameRate, links, body));
            return Response.ok(preview).build();
        } catch (UploadCheck.Refused refused) {
            return refusedFile(refused);
        }
    }

    @POST
    @Path("commit")
    @Operation(summary = "Apply an EDL as previewed: new, changed and removed (made inactive) cues, all or nothing")
    public Response commit(
            @PathParam("productionId") long productionId,
            @QueryParam("fileName") String fileName,
            @QueryParam("frameRate") String frameRate,
            @QueryParam("link") List<String> links,
            @Parameter(description = "The preview's basis: each cue's id and version as the preview saw them")
                    @QueryParam("basis")
                    String basis,
            byte[] body) {
        access.requireEditable(productionId);
        try {
            EdlUpload upload = upload(fileName, frameRate, links, body);
            EdlImportResult result = edl.commit(productionId, upload, basis);
            LOG.infof("EDL %s applied to production %d: %s", upload.fileName(), productionId, result.summary());
            return Response.ok(result).build();
        } catch (UploadCheck.Refused refused) {
            return refusedFile(refused);
        }
    }

    private static EdlUpload upload(String fileName, String frameRate, List<String> links, byte[] body) {
        String name = fileName == null || fileName.isBlank() ? "cut.edl" : fileName;
        String text = UploadCheck.edlText(name, body == null ? new byte[0] : body);
        return new EdlUpload(name, text, EdlRequests.frameRate(frameRate), EdlRequests.links(links));
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
