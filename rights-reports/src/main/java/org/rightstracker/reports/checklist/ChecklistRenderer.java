package org.rightstracker.reports.checklist;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.core.shared.Money;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportDocument;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;
import org.rightstracker.reports.render.TableCsvWriter;
import org.rightstracker.reports.render.TableXlsxWriter;

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
                () -> body(report),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance checklist(ChecklistReport report);
    }

    /** The report body for the site layout. */
    public static String body(ChecklistReport report) {
        return Templates.checklist(report).render();
    }

    public static String print(ChecklistReport report, String backUrl) {
        return ReportDocument.print(NAME, report.production().title(), body(report), backUrl);
    }

    public static byte[] pdf(ChecklistReport report) {
        return ReportDocument.pdf(NAME, report.production().title(), body(report));
    }

    public static byte[] csv(ChecklistReport report) {
        return TableCsvWriter.write(table(report));
    }

    public static byte[] xlsx(ChecklistReport report) {
        return TableXlsxWriter.write(table(report));
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Seq"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Origin"),
            Column.text("Usage"),
            Column.integer("Duration (s)"),
            Column.text("Cue status"),
            Column.text("Rights holder"),
            Column.text("Side"),
            Column.share("Sync share %"),
            Column.share("Master share %"),
            Column.text("Licence status"),
            Column.text("Currency"),
            Column.money("Quoted"),
            Column.money("Agreed"),
            Column.money("After MFN"),
            Column.text("Scope granted"),
            Column.date("Term start"),
            Column.date("Term end"),
            Column.text("Covers plan"),
            Column.date("Quote expires"));

    /** One row per rights holder; a cue nobody holds yet gets one row with the holder columns empty. */
    public static ReportTable table(ChecklistReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ChecklistReport.CueLine cue : report.cues()) {
            List<Object> cueCells = Arrays.asList(
                    cue.sequence(),
                    cue.number(),
                    cue.title(),
                    cue.origin(),
                    cue.usage(),
                    cue.durationSeconds(),
                    cue.status());
            if (cue.holders().isEmpty()) {
                List<Object> row = new ArrayList<>(cueCells);
                row.addAll(Arrays.asList(new Object[COLUMNS.size() - cueCells.size()]));
                rows.add(row);
            }
            for (ChecklistReport.Holder holder : cue.holders()) {
                List<Object> row = new ArrayList<>(cueCells);
                row.addAll(Arrays.asList(
                        holder.party(),
                        holder.side(),
                        holder.syncShare(),
                        holder.masterShare(),
                        holder.status(),
                        holder.currency(),
                        amount(holder.quoted()),
                        amount(holder.agreed()),
                        amount(holder.afterMfn()),
                        holder.scope(),
                        holder.termStart(),
                        holder.termEnd(),
                        holder.coversPlan() ? "Yes" : "No",
                        holder.quoteExpires()));
                rows.add(row);
            }
        }
        return new ReportTable(NAME, COLUMNS, rows);
    }

    static Object amount(Money money) {
        return money == null ? null : money.amount();
    }
}
