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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.importing.edl.EdlImport;
import org.rightstracker.core.importing.edl.EdlPreview;
import org.rightstracker.core.importing.edl.EdlUpload;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/**
 * The editor's cut for one production: upload an EDL (POST) → 303 → preview (GET, writes nothing; a first
 * import lists the new cues, a later cut the difference against the current cues with each clearance
 * consequence; unmatched clips get a recording select) → apply (POST) → 303 to the production.
 */
@Path("/productions/{id}/edl")
@Requires(Permission.IMPORT)
public class EdlPages {

    static final String KIND = "edl";

    /** A recording as the clip pickers show it. */
    public record RecordingChoice(long id, String label) {}

    @Inject
    EdlImport edl;

    @Inject
    PendingUploads pending;

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(Production production, List<FrameRate> rates, String message);

        static native TemplateInstance preview(
                Production production,
                String token,
                String frameRate,
                EdlPreview preview,
                List<String> chosen,
                List<RecordingChoice> recordings,
                String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance form(@PathParam("id") long id) {
        return Templates.upload(access.requireEditable(id), List.of(FrameRate.values()), null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(
            @PathParam("id") long id, @RestForm("frameRate") String frameRate, @RestForm("file") FileUpload file) {
        Production production = access.requireEditable(id);
        try {
            FrameRate rate = EdlRequests.frameRate(frameRate);
            byte[] bytes = ImportPages.read(file);
            UploadCheck.edlText(file.fileName(), bytes);
            String token = pending.keep(KIND, file.fileName(), id, bytes).token();
            String query = rate == null ? "" : "?frameRate=" + URLEncoder.encode(rate.label(), StandardCharsets.UTF_8);
            return Response.seeOther(URI.create("/productions/" + id + "/edl/" + token + query))
                    .build();
        } catch (UploadCheck.Refused refused) {
            return Response.status(refused.status())
                    .entity(uploadPage(production, refused.getMessage()))
                    .build();
        } catch (ValidationException invalid) {
            return Response.status(400)
                    .entity(uploadPage(production, message(invalid)))
                    .build();
        }
    }

    @GET
    @Path("{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response preview(
            @PathParam("id") long id,
            @PathParam("token") String token,
            @QueryParam("frameRate") String frameRate,
            @QueryParam("link") List<String> links) {
        Production production = access.requireEditable(id);
        var upload = pending.find(token, KIND).filter(u -> u.productionId() == id);
        if (upload.isEmpty()) {
            return expired(production);
        }
        try {
            EdlUpload edlUpload = edlUpload(upload.get(), frameRate, links);
            return Response.ok(previewPage(production, token, frameRate, edlUpload, links, null))
                    .build();
        } catch (ValidationException invalid) {
            return Response.status(400)
                    .entity(uploadPage(production, message(invalid)))
                    .build();
        }
    }

    @POST
    @Path("{token}/commit")
    @Produces(MediaType.TEXT_HTML)
    public Response commit(
            @PathParam("id") long id,
            @PathParam("token") String token,
            @RestForm("frameRate") String frameRate,
            @RestForm("link") List<String> links,
            @RestForm("basis") String basis) {
        Production production = access.requireEditable(id);
        var upload = pending.find(token, KIND).filter(u -> u.productionId() == id);
        if (upload.isEmpty()) {
            return expired(production);
        }
        EdlUpload edlUpload;
        try {
            edlUpload = edlUpload(upload.get(), frameRate, links);
        } catch (ValidationException invalid) {
            return Response.status(400)
                    .entity(uploadPage(production, message(invalid)))
                    .build();
        }
        try {
            var result = edl.commit(id, edlUpload, basis);
            pending.forget(token);
            return Flash.seeOther("/productions/" + id, result.summary());
        } catch (ValidationException refused) {
            return Response.status(422)
                    .entity(previewPage(production, token, frameRate, edlUpload, links, message(refused)))
                    .build();
        } catch (ConflictException conflict) {
            return Response.status(409)
                    .entity(previewPage(production, token, frameRate, edlUpload, links, conflict.getMessage()))
                    .build();
        }
    }

    private TemplateInstance previewPage(
            Production production,
            String token,
            String frameRate,
            EdlUpload upload,
            List<String> links,
            String message) {
        EdlPreview preview = edl.preview(production.id, upload);
        List<RecordingChoice> recordings = preview.unmatched().isEmpty()
                ? List.of()
                : Recording.<Recording>list("order by title, artist, id").stream()
                        .map(r -> new RecordingChoice(r.id, r.isrc == null ? r.toString() : r + " (" + r.isrc + ")"))
                        .toList();
        List<String> chosen = links == null
                ? List.of()
                : links.stream().filter(l -> l != null && !l.isBlank()).toList();
        return Templates.preview(
                production, token, frameRate == null ? "" : frameRate, preview, chosen, recordings, message);
    }

    private static EdlUpload edlUpload(PendingUploads.Upload upload, String frameRate, List<String> links) {
        String text = UploadCheck.edlText(upload.fileName(), upload.bytes());
        return new EdlUpload(upload.fileName(), text, EdlRequests.frameRate(frameRate), EdlRequests.links(links));
    }

    private TemplateInstance uploadPage(Production production, String message) {
        return Templates.upload(production, List.of(FrameRate.values()), message);
    }

    private Response expired(Production production) {
        return Response.status(404)
                .entity(uploadPage(
                        production, "This upload is no longer waiting (uploads wait an hour); upload the EDL again."))
                .build();
    }

    private static String message(ValidationException e) {
        return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
    }
}
