package org.rightstracker.web.report;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.rightstracker.core.cuesheet.CueSheetRevision;
import org.rightstracker.core.cuesheet.CueSheetRevisionService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.signoff.SignOff;
import org.rightstracker.core.signoff.SignOffService;
import org.rightstracker.reports.checklist.ChecklistBuilder;
import org.rightstracker.reports.checklist.ChecklistRenderer;
import org.rightstracker.reports.costs.CostsBuilder;
import org.rightstracker.reports.costs.CostsRenderer;
import org.rightstracker.reports.cuesheet.CueSheetBuilder;
import org.rightstracker.reports.cuesheet.CueSheetIssuer;
import org.rightstracker.reports.cuesheet.CueSheetRenderer;
import org.rightstracker.reports.ownership.OwnershipBuilder;
import org.rightstracker.reports.ownership.OwnershipRenderer;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.score.ScoreRenderer;
import org.rightstracker.web.security.CurrentUser;
import org.rightstracker.web.security.Permission;
import org.rightstracker.web.security.ProductionAccess;

/**
 * The reports of one production: the hub listing every report with its formats, the issued cue-sheet
 * revisions and the producer sign-offs ({@link SignOffPage} signs), and each report as page, print
 * view, PDF, CSV and XLSX. The resource only picks builder and renderer; the reports module does the work.
 */
@Path("/productions/{id}/reports")
public class ProductionReportsPage {

    @Inject
    ProductionAccess access;

    @Inject
    CurrentUser currentUser;

    static final String UNKNOWN_USER = "Unknown user";

    @Inject
    ProductionService productions;

    @Inject
    ChecklistBuilder checklists;

    @Inject
    CueSheetBuilder cueSheets;

    @Inject
    OwnershipBuilder ownership;

    @Inject
    CostsBuilder costs;

    @Inject
    CueSheetIssuer cueSheetIssuer;

    @Inject
    CueSheetRevisionService revisions;

    @Inject
    SignOffService signOffs;

    @Inject
    ReportCache cache;

    @Inject
    ScoreBoard scoreBoard;

    /** A report the hub offers, with the formats it comes in. */
    public record ReportLink(String slug, String name, String purpose, boolean tables) {}

    static final List<ReportLink> REPORTS = List.of(
            new ReportLink(
                    "checklist",
                    ChecklistRenderer.NAME,
                    "Every cue and rights holder, what is missing, who to chase; the document a producer signs off.",
                    true),
            new ReportLink(
                    "cue-sheet",
                    CueSheetRenderer.NAME,
                    "The filing for the performing-rights organisations, with warnings before issuing.",
                    true),
            new ReportLink(
                    "ownership",
                    OwnershipRenderer.NAME,
                    "Who owns each composition and master, what each party holds and is paid.",
                    true),
            new ReportLink(
                    "costs", CostsRenderer.NAME, "Budget against quoted, committed and projected; MFN raises.", true),
            new ReportLink(
                    "score",
                    ScoreRenderer.NAME,
                    "Score cues by stage, minutes written, approved, recorded and delivered, what is late or missing.",
                    true));

    /** An issued revision with the revision that replaced it, if any. */
    public record RevisionRow(CueSheetRevision revision, Integer revisedBy) {}

    /** A sign-off with the later sign-off that superseded it, if any. */
    public record SignOffRow(SignOff signOff, Integer supersededBy) {}

    /** What the report page offers beside the report itself. */
    public record ReportPage(long productionId, String productionTitle, ReportLink report, int nextNumber) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(
                Production production,
                List<ReportLink> reports,
                List<RevisionRow> revisions,
                int nextRevision,
                int draftWarnings,
                List<SignOffRow> signOffs);

        static native TemplateInstance report(ReportPage page, RawString body);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance index(@PathParam("id") long id) {
        Production production = access.requireVisible(id);
        List<CueSheetRevision> issued = revisions.list(id);
        List<RevisionRow> rows = new ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            rows.add(new RevisionRow(issued.get(i), i + 1 < issued.size() ? issued.get(i + 1).number : null));
        }
        int warnings = cueSheets.draft(id).warnings().size();
        List<SignOff> signed = signOffs.list(id);
        List<SignOffRow> signOffRows = signed.stream()
                .map(s -> new SignOffRow(
                        s,
                        signed.stream()
                                .filter(later -> Integer.valueOf(s.number).equals(later.supersedes))
                                .map(later -> later.number)
                                .findFirst()
                                .orElse(null)))
                .toList();
        return Templates.index(production, REPORTS, rows, revisions.nextNumber(id), warnings, signOffRows);
    }

    @GET
    @Path("checklist")
    public Response checklist(@PathParam("id") long id, @BeanParam ReportQuery query) {
        // Everything the checklist reads is covered by the production's version and clearance revision,
        // so it is built once per change (and viewer name) and each file rendered once.
        Production production = access.requireVisible(id);
        String preparedBy = userName();
        ReportCache.Renditions report = cache.of(
                production,
                "checklist",
                preparedBy,
                () -> ChecklistRenderer.output(checklists.build(id, preparedBy, LocalDate.now())));
        return respond(id, "checklist", report, query, signOffs.nextNumber(id));
    }

    @GET
    @Path("cue-sheet")
    public Response cueSheet(@PathParam("id") long id, @BeanParam ReportQuery query) {
        access.requireVisible(id);
        return respond(id, "cue-sheet", CueSheetRenderer.output(cueSheets.draft(id)), query, revisions.nextNumber(id));
    }

    @GET
    @Path("ownership")
    public Response ownership(@PathParam("id") long id, @BeanParam ReportQuery query) {
        access.requireVisible(id);
        return respond(id, "ownership", OwnershipRenderer.output(ownership.build(id, LocalDate.now())), query, 0);
    }

    @GET
    @Path("costs")
    public Response costs(@PathParam("id") long id, @BeanParam ReportQuery query) {
        access.requireVisible(id);
        return respond(id, "costs", CostsRenderer.output(costs.build(id, LocalDate.now())), query, 0);
    }

    @GET
    @Path("score")
    public Response score(@PathParam("id") long id, @BeanParam ReportQuery query) {
        access.requireVisible(id);
        return respond(id, "score", ScoreRenderer.output(scoreBoard.load(id, LocalDate.now())), query, 0);
    }

    /**
     * Issues the draft as the revision the user was shown, locked from then on; back to the hub's list
     * of revisions. A revision issued meanwhile (a second click, a colleague) makes this a 409.
     */
    @POST
    @Path("cue-sheet/revisions")
    public Response issueCueSheet(@PathParam("id") long id, @RestForm String number) {
        access.requireVisible(id, Permission.ISSUE_CUE_SHEET);
        int expected;
        try {
            expected = Integer.parseInt(number == null ? "" : number.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException(
                    "number", "The page did not say which revision to issue; review the draft and issue again.");
        }
        cueSheetIssuer.issue(id, expected, userName(), Instant.now());
        return Response.seeOther(URI.create("/productions/" + id + "/reports#cue-sheet-revisions"))
                .build();
    }

    @GET
    @Path("cue-sheet/revisions/{number: [0-9]+}.pdf")
    @Produces(ReportResponses.PDF)
    public Response revisionPdf(@PathParam("id") long id, @PathParam("number") int number) {
        access.requireVisible(id);
        CueSheetRevision revision = revisions.get(id, number);
        return ReportResponses.download(revisions.pdf(revision), ReportResponses.PDF, revision.fileName, true);
    }

    /**
     * The model a report page renders, for the API's JSON: the same records, so JSON and page never
     * disagree. Null for a slug that names no report.
     */
    public Object model(long id, String slug) {
        access.requireVisible(id);
        return switch (slug) {
            case "checklist" -> checklists.build(id, userName(), LocalDate.now());
            case "cue-sheet" -> cueSheets.draft(id);
            case "ownership" -> ownership.build(id, LocalDate.now());
            case "costs" -> costs.build(id, LocalDate.now());
            case "score" -> scoreBoard.load(id, LocalDate.now());
            default -> null;
        };
    }

    private Response respond(long id, String slug, ReportOutput output, ReportQuery query, int nextNumber) {
        return respond(id, slug, ReportCache.Renditions.uncached(output), query, nextNumber);
    }

    private Response respond(long id, String slug, ReportCache.Renditions report, ReportQuery query, int nextNumber) {
        ReportLink link =
                REPORTS.stream().filter(r -> r.slug().equals(slug)).findFirst().orElseThrow();
        ReportPage page = new ReportPage(id, report.output().runningTitle(), link, nextNumber);
        return ReportResponses.respond(
                report, query, "/productions/" + id + "/reports/" + slug, body -> Templates.report(page, body));
    }

    /** The signed-in user's display name for "prepared by" and "issued by"; anonymous requests have none. */
    private String userName() {
        String name = currentUser.isSignedIn() ? currentUser.displayName() : null;
        return name == null || name.isBlank() ? UNKNOWN_USER : name;
    }
}
