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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.rightstracker.core.importing.cuelist.CueListFileException;
import org.rightstracker.core.importing.cuelist.CueListImport;
import org.rightstracker.core.importing.cuelist.CueListPreview;
import org.rightstracker.core.importing.cuelist.CueListReader;
import org.rightstracker.core.importing.cuelist.CueListTable;
import org.rightstracker.core.importing.cwr.CwrImport;
import org.rightstracker.core.importing.cwr.CwrPreview;
import org.rightstracker.core.importing.cwr.PartyPlan;
import org.rightstracker.core.importing.cwr.WorkPlan;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.shared.NotFoundException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;
import org.rightstracker.web.security.Requires;

/**
 * Import pages: upload a CWR file or a cue list, see what it would change and every problem, then
 * commit. Upload (POST) → 303 → preview (GET, writes nothing) → commit (POST) → 303 → result.
 */
@Path("/imports")
@Requires(Permission.IMPORT)
public class ImportPages {

    static final String FLASH = "rights-flash";

    @Inject
    org.rightstracker.web.metrics.OperationsMeters meters;

    @Inject
    CwrImport cwr;

    @Inject
    CueListImport cueLists;

    @Inject
    PendingUploads pending;

    @Inject
    ProductionAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(List<Production> productions, String message);

        static native TemplateInstance cwrPreview(String token, CwrPreview preview, Shown shown, String message);

        static native TemplateInstance cueListPreview(String token, CueListPreview preview, String message);

        static native TemplateInstance done(String message);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index() {
        return Templates.index(access.visibleProductions(), null);
    }

    @POST
    @Path("/cwr")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response uploadCwr(@RestForm("file") FileUpload file) {
        try {
            byte[] bytes = read(file);
            UploadCheck.cwrText(file.fileName(), bytes);
            String token = pending.keep("cwr", file.fileName(), null, bytes).token();
            return Response.seeOther(URI.create("/imports/cwr/" + token)).build();
        } catch (UploadCheck.Refused refused) {
            return refusedPage(refused.status(), refused.getMessage());
        }
    }

    @GET
    @Path("/cwr/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response cwrPreview(@PathParam("token") String token, @QueryParam("all") boolean all) {
        return pending.find(token, "cwr")
                .map(u -> {
                    CwrPreview preview = cwr.preview(u.fileName(), UploadCheck.cwrText(u.fileName(), u.bytes()));
                    return Response.ok(Templates.cwrPreview(token, preview, Shown.of(preview, all), null))
                            .build();
                })
                .orElseGet(this::expired);
    }

    /**
     * The works and parties the preview page lists: all of them for a file of up to {@link #ROWS}, else
     * the first ones with a link to the rest. Nobody reads 10,000 rows, and writing them (4 MB of HTML) took
     * a third of a warm preview of such a file; the counts above the tables and every problem stay whole.
     */
    public record Shown(List<WorkPlan> works, List<PartyPlan> parties, boolean worksCut, boolean partiesCut) {

        static final int ROWS = 500;

        static Shown of(CwrPreview preview, boolean all) {
            if (all) {
                return new Shown(preview.works(), preview.parties(), false, false);
            }
            List<WorkPlan> works =
                    preview.works().subList(0, Math.min(ROWS, preview.works().size()));
            List<PartyPlan> parties = preview.parties()
                    .subList(0, Math.min(ROWS, preview.parties().size()));
            return new Shown(
                    works,
                    parties,
                    works.size() < preview.works().size(),
                    parties.size() < preview.parties().size());
        }

        public boolean cut() {
            return worksCut || partiesCut;
        }
    }

    @POST
    @Path("/cwr/{token}/commit")
    @Produces(MediaType.TEXT_HTML)
    public Response commitCwr(@PathParam("token") String token) {
        var upload = pending.find(token, "cwr");
        if (upload.isEmpty()) {
            return expired();
        }
        String text = UploadCheck.cwrText(upload.get().fileName(), upload.get().bytes());
        long started = System.nanoTime();
        try {
            var result = cwr.commit(upload.get().fileName(), text);
            meters.importCommitted(result, started);
            pending.forget(token);
            return finished(result.summary());
        } catch (ValidationException e) {
            meters.importRefused("cwr");
            CwrPreview preview = cwr.preview(upload.get().fileName(), text);
            return Response.status(422)
                    .entity(Templates.cwrPreview(token, preview, Shown.of(preview, false), message(e)))
                    .build();
        }
    }

    @POST
    @Path("/cue-list")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response uploadCueList(@RestForm("productionId") Long productionId, @RestForm("file") FileUpload file) {
        if (productionId == null) {
            return refusedPage(400, "Choose the production the cue list belongs to.");
        }
        try {
            access.requireEditable(productionId);
        } catch (NotFoundException unknown) {
            return refusedPage(400, "There is no production " + productionId + " you can import a cue list into.");
        }
        try {
            byte[] bytes = read(file);
            table(file.fileName(), bytes);
            String token = pending.keep("cue-list", file.fileName(), productionId, bytes)
                    .token();
            return Response.seeOther(URI.create("/imports/cue-list/" + token)).build();
        } catch (UploadCheck.Refused refused) {
            return refusedPage(refused.status(), refused.getMessage());
        } catch (CueListFileException unreadable) {
            return refusedPage(422, unreadable.getMessage());
        }
    }

    @GET
    @Path("/cue-list/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response cueListPreview(@PathParam("token") String token) {
        return pending.find(token, "cue-list")
                .map(u -> Response.ok(Templates.cueListPreview(
                                token,
                                cueLists.preview(u.productionId(), u.fileName(), table(u.fileName(), u.bytes())),
                                null))
                        .build())
                .orElseGet(this::expired);
    }

    @POST
    @Path("/cue-list/{token}/commit")
    @Produces(MediaType.TEXT_HTML)
    public Response commitCueList(@PathParam("token") String token) {
        var upload = pending.find(token, "cue-list");
        if (upload.isEmpty()) {
            return expired();
        }
        var u = upload.get();
        CueListTable table = table(u.fileName(), u.bytes());
        long started = System.nanoTime();
        try {
            var result = cueLists.commit(u.productionId(), u.fileName(), table);
            meters.importCommitted(result, started);
            pending.forget(token);
            return finished(result.summary());
        } catch (ValidationException e) {
            meters.importRefused("cue-list");
            return Response.status(422)
                    .entity(Templates.cueListPreview(
                            token, cueLists.preview(u.productionId(), u.fileName(), table), message(e)))
                    .build();
        }
    }

    /** Where a commit lands: the result, carried over the redirect in a short-lived cookie. */
    @GET
    @Path("/done")
    @Produces(MediaType.TEXT_HTML)
    public Response done(@RestCookie(FLASH) String flash) {
        String message = flash == null ? null : URLDecoder.decode(flash, StandardCharsets.UTF_8);
        return Response.ok(Templates.done(message))
                .cookie(new NewCookie.Builder(FLASH)
                        .path("/")
                        .maxAge(0)
                        .value("")
                        .build())
                .build();
    }

    static Response redirectWithFlash(String location, String message) {
        return Response.seeOther(URI.create(location))
                .cookie(new NewCookie.Builder(FLASH)
                        .path("/")
                        .maxAge(60)
                        .httpOnly(true)
                        .value(URLEncoder.encode(message, StandardCharsets.UTF_8))
                        .build())
                .build();
    }

    private static Response finished(String summary) {
        return redirectWithFlash("/imports/done", summary);
    }

    private Response refusedPage(int status, String message) {
        return Response.status(status)
                .entity(Templates.index(access.visibleProductions(), message))
                .build();
    }

    private Response expired() {
        return Response.status(404)
                .entity(Templates.index(
                        access.visibleProductions(),
                        "This upload is no longer waiting (uploads wait an hour); upload the file again."))
                .build();
    }

    private static String message(ValidationException e) {
        return e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message();
    }

    static byte[] read(FileUpload file) {
        if (file == null) {
            throw new UploadCheck.Refused(400, "Choose a file to upload.");
        }
        UploadCheck.size(file.fileName(), file.size(), UploadCheck.IMPORT_LIMIT);
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CueListTable table(String fileName, byte[] bytes) {
        boolean spreadsheet =
                fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        return spreadsheet
                ? CueListReader.xlsx(new ByteArrayInputStream(UploadCheck.xlsx(fileName, bytes)))
                : CueListReader.csv(UploadCheck.csvText(fileName, bytes));
    }
}
