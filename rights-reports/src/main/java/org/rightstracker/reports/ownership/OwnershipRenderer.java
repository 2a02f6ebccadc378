package org.rightstracker.reports.ownership;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders an {@link OwnershipReport}: one template for page, print and PDF; one table for CSV and XLSX. */
public final class OwnershipRenderer {

    public static final String NAME = "Ownership report";

    private OwnershipRenderer() {}

    /** The report ready for any format: page, print view, PDF, CSV and XLSX. */
    public static ReportOutput output(OwnershipReport report) {
        return new ReportOutput(
                NAME,
                report.production().title(),
                FileNames.slug(report.production().title()) + "-" + "ownership",
                () -> Templates.ownership(report).render(),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance ownership(OwnershipReport report);
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Seq"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Origin"),
            Column.text("Interest"),
            Column.text("Party"),
            Column.share("Share %"),
            Column.share("PR %"),
            Column.share("MR %"),
            Column.share("SR %"));

    /**
     * One row per share held: writers, then publishers, then master owners of each cue, then the registered
     * owners with their PR, MR and SR shares of the whole work.
     */
    public static ReportTable table(OwnershipReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (OwnershipReport.CueOwnership cue : report.cues()) {
            add(rows, cue, "Writer", cue.writers());
            add(rows, cue, "Publisher", cue.publishers());
            add(rows, cue, "Master owner", cue.masterOwners());
            for (OwnershipReport.RightsShare owner : cue.registered()) {
                rows.add(java.util.Arrays.asList(
                        cue.sequence(),
                        cue.number(),
                        cue.title(),
                        cue.origin(),
                        "Registered owner",
                        owner.party(),
                        null,
                        owner.pr(),
                        owner.mr(),
                        owner.sr()));
            }
        }
        return new ReportTable(NAME, COLUMNS, rows);
    }

    private static void add(
            List<List<Object>> rows,
            OwnershipReport.CueOwnership cue,
            String interest,
            List<OwnershipReport.Share> shares) {
        for (OwnershipReport.Share share : shares) {
            rows.add(java.util.Arrays.asList(
                    cue.sequence(),
                    cue.number(),
                    cue.title(),
                    cue.origin(),
                    interest,
                    share.party(),
                    share.percent(),
                    null,
                    null,
                    null));
        }
    }
}
