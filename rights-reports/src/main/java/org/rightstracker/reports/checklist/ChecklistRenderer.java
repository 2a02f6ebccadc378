package org.rightstracker.reports.checklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportFormats;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders a {@link ChecklistReport}: one template for page, print and PDF; one table for CSV and XLSX. */
public final class ChecklistRenderer {

    public static final String NAME = "Clearance checklist";

    private ChecklistRenderer() {}

    /** The report ready for any format: page, print view, PDF, CSV and XLSX. */
    public static ReportOutput output(ChecklistReport report) {
        return new ReportOutput(
                NAME,
                report.production().title(),
                FileNames.slug(report.production().title()) + "-" + "checklist",
                () -> Templates.checklist(report).render(),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance checklist(ChecklistReport report);
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Seq"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Origin"),
            Column.text("Usage"),
            Column.text("Duration"),
            Column.integer("Duration (s)"),
            Column.text("Cue status"),
            Column.text("Rights holder"),
            Column.text("Side"),
            Column.share("Sync share %"),
            Column.share("Master share %"),
            Column.text("Licence status"),
            Column.text("What stands in the way"),
            Column.text("Next action"),
            Column.date("Requested on"),
            Column.date("Quote expires"),
            Column.text("Contact"),
            Column.text("MFN"),
            Column.text("Currency"),
            Column.money("Quoted"),
            Column.money("Agreed"),
            Column.money("Effective fee (after MFN)"),
            Column.text("Scope granted"),
            Column.date("Term start"),
            Column.date("Term end"),
            Column.text("Covers plan"));

    /** Where the licence columns start: the cue's own columns come first on every row. */
    private static final int HOLDER_COLUMNS_FROM = 8;

    /**
     * One row per rights holder with what stands in its way; then, for a cue with findings that concern
     * no single licence (a share nobody is known to hold, missing ownership), one row carrying them with
     * the holder columns empty, so the export lists every blocker the PDF does. A cue nobody holds and
     * nothing blocks gets one row with the holder columns empty.
     */
    public static ReportTable table(ChecklistReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChecklistReport.CueLine cue : report.cues()) {
            List<Object> cueCells = Arrays.asList(
                    cue.sequence(),
                    cue.number(),
                    cue.title(),
                    cue.origin(),
                    cue.usage(),
                    cue.durationSeconds() == null ? null : ReportFormats.clock(cue.durationSeconds()),
                    cue.durationSeconds(),
                    cue.status());
            for (ChecklistReport.Holder holder : cue.holders()) {
                List<Object> row = new ArrayList<>(cueCells);
                row.addAll(Arrays.asList(
                        holder.party(),
                        holder.side(),
                        holder.syncShare(),
                        holder.masterShare(),
                        holder.status(),
                        findingsAbout(cue, holder.itemId()),
                        holder.nextStep(),
                        holder.requestedOn(),
                        holder.quoteExpires(),
                        holder.contact(),
                        !holder.mfn() ? "No" : holder.mfnRaised() ? "Yes (raises the fee)" : "Yes",
                        holder.currency(),
                        amount(holder.quoted()),
                        amount(holder.agreed()),
                        amount(holder.afterMfn()),
                        holder.scope(),
                        holder.termStart(),
                        holder.termEnd(),
                        holder.coversPlan() ? "Yes" : "No"));
                rows.add(row);
            }
            String cueFindings = findingsAbout(cue, null);
            if (cue.holders().isEmpty() || cueFindings != null) {
                List<Object> row = new ArrayList<>(cueCells);
                row.addAll(Arrays.asList(new Object[COLUMNS.size() - HOLDER_COLUMNS_FROM]));
                row.set(HOLDER_COLUMNS_FROM, cue.holders().isEmpty() ? cue.noHolders() : null);
                row.set(HOLDER_COLUMNS_FROM + 5, cueFindings);
                rows.add(row);
            }
        }
        return new ReportTable(NAME, COLUMNS, rows, null, about(report));
    }

    /** The problems of one licence (or, for null, of the cue itself) as one cell: "Blocker: …; Risk: …". */
    private static String findingsAbout(ChecklistReport.CueLine cue, Long itemId) {
        String joined = cue.findings().stream()
                .filter(f -> java.util.Objects.equals(f.itemId(), itemId))
                .map(f -> f.severity() + ": " + f.message())
                .collect(java.util.stream.Collectors.joining("; "));
        return joined.isEmpty() ? null : joined;
    }

    /** The header rows of the CSV and the first sheet of the XLSX. */
    static List<ReportTable.Fact> about(ChecklistReport report) {
        var production = report.production();
        return List.of(
                new ReportTable.Fact("Report", NAME),
                new ReportTable.Fact(
                        "Production",
                        production.title()
                                + (production.productionNumber() == null
                                        ? ""
                                        : " (" + production.productionNumber() + ")")),
                new ReportTable.Fact("Kind", production.kind()),
                new ReportTable.Fact("Studio", production.studio()),
                new ReportTable.Fact("Release plan", production.releasePlan()),
                new ReportTable.Fact(
                        "Music budget",
                        report.budgetLimit() == null
                                ? "None set"
                                : report.budgetLimit().formatted()),
                new ReportTable.Fact(
                        "Status",
                        report.overallStatus() + ": " + report.clearedCues() + " of " + report.activeCues()
                                + " active cues cleared"),
                new ReportTable.Fact("Prepared by", report.preparedBy()),
                new ReportTable.Fact("Date", report.preparedOn().toString()));
    }

    static Object amount(Money money) {
        return money == null ? null : money.amount();
    }
}
