package org.rightstracker.reports.cuesheet;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders a {@link CueSheetReport}: one template for page, print and PDF; one table for CSV and XLSX. */
public final class CueSheetRenderer {

    public static final String NAME = "Cue sheet";

    private CueSheetRenderer() {}

    /** The report ready for any format: page, print view, PDF, CSV and XLSX. */
    public static ReportOutput output(CueSheetReport report) {
        return new ReportOutput(
                name(report),
                report.header().title(),
                FileNames.slug(report.header().title()) + "-cue-sheet"
                        + (report.revision().issued()
                                ? "-revision-" + report.revision().number()
                                : "-draft"),
                () -> Templates.cueSheet(report).render(),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance cueSheet(CueSheetReport report);
    }

    /** "Cue sheet — REVISED — Revision 2", printed at the foot of every page. */
    static String name(CueSheetReport report) {
        return NAME + " — " + report.revision().label();
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Seq"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Usage"),
            Column.text("In"),
            Column.text("Out"),
            Column.integer("Duration (s)"),
            Column.text("Interest"),
            Column.text("Name"),
            Column.text("Role"),
            Column.text("Society"),
            Column.text("IPI"),
            Column.share("Share %"),
            Column.text("Artist"));

    /**
     * One row per interested party (writer, publisher, master owner) the way societies import cue
     * sheets; a cue without any gets one row with the party columns empty.
     */
    public static ReportTable table(CueSheetReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (CueSheetReport.Line line : report.lines()) {
            List<Object> cue = Arrays.asList(
                    line.sequence(),
                    line.number(),
                    line.title(),
                    line.usage(),
                    line.timecodeIn(),
                    line.timecodeOut(),
                    line.durationSeconds());
            int before = rows.size();
            addParties(rows, cue, "Writer", line.writers(), line.artist());
            addParties(rows, cue, "Publisher", line.publishers(), line.artist());
            addParties(rows, cue, "Master owner", line.masterOwners(), line.artist());
            if (rows.size() == before) {
                List<Object> row = new ArrayList<>(cue);
                row.addAll(Arrays.asList(null, null, null, null, null, null, line.artist()));
                rows.add(row);
            }
        }
        return new ReportTable(NAME, COLUMNS, rows);
    }

    private static void addParties(
            List<List<Object>> rows,
            List<Object> cue,
            String interest,
            List<CueSheetReport.Party> parties,
            String artist) {
        for (CueSheetReport.Party party : parties) {
            List<Object> row = new ArrayList<>(cue);
            row.addAll(Arrays.asList(
                    interest, party.name(), party.role(), party.society(), party.ipi(), party.share(), artist));
            rows.add(row);
        }
    }
}
