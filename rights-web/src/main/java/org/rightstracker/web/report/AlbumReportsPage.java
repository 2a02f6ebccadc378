package org.rightstracker.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumService;
import org.rightstracker.reports.album.AlbumChecklistRenderer;
import org.rightstracker.reports.album.AlbumReports;
import org.rightstracker.reports.album.LabelCopyRenderer;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The reports of one soundtrack album: its clearance checklist and its label copy, each as a page, a print
 * view, a PDF, a CSV and an XLSX, served like the production's reports.
 */
@Path("/albums/{albumId}")
public class AlbumReportsPage {

    @Inject
    ProductionAccess access;

    @Inject
    AlbumService albums;

    @Inject
    AlbumReports reports;

    @Inject
    CurrentUser currentUser;

    /** What the page around a report body needs: where it belongs and how to ask for its other formats. */
    public record AlbumReportPage(
            long productionId, String productionTitle, long albumId, String albumTitle, String name, String slug) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(AlbumReportPage page, RawString body);
    }

    @GET
    @Path("checklist")
    public Response checklist(@PathParam("albumId") long albumId, @BeanParam ReportQuery query) {
        AlbumReportPage page = page(albumId, AlbumChecklistRenderer.NAME, "checklist");
        return respond(
                page, AlbumChecklistRenderer.output(reports.checklist(albumId, userName(), LocalDate.now())), query);
    }

    @GET
    @Path("label-copy")
    public Response labelCopy(@PathParam("albumId") long albumId, @BeanParam ReportQuery query) {
        AlbumReportPage page = page(albumId, LabelCopyRenderer.NAME, "label-copy");
        return respond(page, LabelCopyRenderer.output(reports.labelCopy(albumId)), query);
    }

    private AlbumReportPage page(long albumId, String name, String slug) {
        Album album = albums.get(albumId);
        access.requireVisible(album.production.id);
        return new AlbumReportPage(
                album.production.id, album.production.displayTitle(), album.id, album.title, name, slug);
    }

    private Response respond(AlbumReportPage page, ReportOutput output, ReportQuery query) {
        return ReportResponses.respond(
                output, query, "/albums/" + page.albumId() + "/" + page.slug(), body -> Templates.report(page, body));
    }

    private String userName() {
        String name = currentUser.isSignedIn() ? currentUser.displayName() : null;
        return name == null || name.isBlank() ? ProductionReportsPage.UNKNOWN_USER : name;
    }
}
