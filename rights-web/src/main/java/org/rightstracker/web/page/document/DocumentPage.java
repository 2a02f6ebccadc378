package org.rightstracker.web.page.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.document.Document;
import org.rightstracker.core.document.DocumentKind;
import org.rightstracker.core.document.DocumentService;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.page.Flash;
import org.rightstracker.web.page.FormErrors;
import org.rightstracker.web.page.FormFields;
import org.rightstracker.web.page.cue.CueScreen;
import org.rightstracker.web.page.cue.CueView;
import org.rightstracker.web.security.ProductionAccess;

/** Documents attached to a cue or one of its licences: upload, download and delete. */
@Path("/")
public class DocumentPage {

    private static final List<String> FIELDS = List.of("file", "kind", "itemId", "description");

    // Served inline-safe types keep their type; anything else (HTML, SVG, scripts) is handed over as
    // bytes to save, so an uploaded file can never run as a page of this site.
    private static final Set<String> KEPT_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "text/plain",
            "text/csv",
            "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "message/rfc822");

    @Inject
    ProductionAccess access;

    @Inject
    DocumentService documents;

    @Inject
    CueView cueView;

    @POST
    @Path("cues/{id}/documents")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(
            @PathParam("id") long cueId,
            @RestForm("file") FileUpload file,
            @RestForm String kind,
            @RestForm String itemId,
            @RestForm String description) {
        Cue cue = access.requireVisibleCue(cueId);
        access.requireEditable(cue.production.id);
        try {
            List<FieldError> errors = new ArrayList<>();
            DocumentKind chosen = FormFields.choice(DocumentKind.class, kind, "kind", "kinds of document", errors);
            if (!FormFields.blank(itemId) && FormFields.id(itemId) == null) {
                errors.add(new FieldError("itemId", "Choose one of this cue's licences, or none."));
            }
            if (file == null || file.fileName() == null || file.fileName().isBlank()) {
                errors.add(new FieldError("file", "Choose a file to upload."));
            } else if (file.size() == 0) {
                errors.add(new FieldError("file", "The file " + file.fileName() + " is empty."));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Document saved;
            try (InputStream content = Files.newInputStream(file.uploadedFile())) {
                saved = documents.upload(new DocumentService.Upload(
                        cueId,
                        FormFields.id(itemId),
                        chosen,
                        file.fileName(),
                        file.contentType(),
                        description,
                        content));
            }
            return Flash.seeOther("/cues/" + cueId + "#documents", "Attached " + saved.fileName + ".");
        } catch (ValidationException e) {
            return Response.status(400)
                    .entity(cueView.page(cueId, CueScreen.upload(kind, itemId, description, FormErrors.of(e, FIELDS))))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GET
    @Path("documents/{id}")
    public Response download(@PathParam("id") long id) {
        Document document = documents.get(id);
        access.requireVisible(document.production.id);
        var content = documents.content(document);
        String type = KEPT_TYPES.contains(document.contentType) ? document.contentType : "application/octet-stream";
        String encoded =
                URLEncoder.encode(document.fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(content, type)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + asciiName(document.fileName) + "\"; filename*=UTF-8''" + encoded)
                .header("Content-Length", document.sizeBytes)
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @POST
    @Path("documents/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @RestForm String version) {
        Document document = documents.get(id);
        access.requireEditable(document.production.id);
        long cueId = document.cue == null ? -1 : document.cue.id;
        Document removed = documents.delete(id, FormFields.version(version));
        String back = cueId < 0 ? "/productions/" + document.production.id : "/cues/" + cueId + "#documents";
        return Flash.seeOther(back, "Deleted " + removed.fileName + ".");
    }

    // The plain filename parameter is for old clients: anything but printable ASCII becomes "_".
    private static String asciiName(String name) {
        return name.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
    }
}
