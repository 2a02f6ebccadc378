package org.rightstracker.web.importing;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.importing.cwr.CwrAcknowledgements;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/**
 * The page form of {@code POST /api/v1/imports/cwr-acknowledgements}: upload a society's ACK file, see
 * which registrations it accepts or rejects (with the society's message) and every problem by line,
 * then record it all or nothing, like the other imports: upload (POST) → 303 → preview (GET, writes
 * nothing) → commit (POST) → 303 → result.
 */
@Path("/imports/cwr-acknowledgements")
@Requires(Permission.IMPORT)
public class AcknowledgementImportPages {

    private static final String KIND = "cwr-ack";

    @Inject
    CwrAcknowledgements acknowledgements;

    @Inject
    PendingUploads pending;

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(String token, CwrAcknowledgements.Preview preview, String message);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file) {
        try {
            byte[] bytes = ImportPages.read(file);
            UploadCheck.cwrText(file.fileName(), bytes);
            String token = pending.keep(KIND, file.fileName(), null, bytes).token();
            return Response.seeOther(URI.create("/imports/cwr-acknowledgements/" + token))
                    .build();
        } catch (UploadCheck.Refused refused) {
            return importsPage(refused.status(), refused.getMessage());
        }
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(@PathParam("token") String token) {
        return pending.find(token, KIND)
                .map(u ->
                        Response.ok(Templates.preview(token, preview(u), null)).build())
                .orElseGet(this::expired);
    }

    @POST
    @Path("{token}/commit")
    @Produces(MediaType.TEXT_HTML)
    public Response commit(@PathParam("token") String token) {
        var upload = pending.find(token, KIND);
        if (upload.isEmpty()) {
            return expired();
        }
        PendingUploads.Upload u = upload.get();
        try {
            CwrAcknowledgements.Result result =
                    acknowledgements.importFile(u.fileName(), UploadCheck.cwrText(u.fileName(), u.bytes()));
            pending.forget(token);
            return ImportPages.redirectWithFlash(
                    "/imports/done",
                    "Recorded " + result.acknowledgements() + " acknowledgement(s) from " + u.fileName() + ": "
                            + result.accepted() + " accepted, " + result.rejected() + " rejected; "
                            + result.matched() + " matched to a work.");
        } catch (ValidationException e) {
            String message =
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
            return Response.status(422)
                    .entity(Templates.preview(token, preview(u), message))
                    .build();
        }
    }

    private CwrAcknowledgements.Preview preview(PendingUploads.Upload upload) {
        return acknowledgements.preview(upload.fileName(), UploadCheck.cwrText(upload.fileName(), upload.bytes()));
    }

    private Response importsPage(int status, String message) {
        return Response.status(status)
                .entity(ImportPages.Templates.index(access.visibleProductions(), message))
                .build();
    }

    private Response expired() {
        return importsPage(404, "This upload is no longer waiting (uploads wait an hour); upload the file again.");
    }
}
