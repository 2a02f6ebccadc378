package org.rightstracker.reports.album;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportFormats;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders an {@link AlbumChecklistReport}: one template for page, print and PDF; one table for CSV and XLSX. */
public final class AlbumChecklistRenderer {

    public static final String NAME = "Album clearance checklist";

    private AlbumChecklistRenderer() {}

    public static ReportOutput output(AlbumChecklistReport report) {
        return new ReportOutput(
                NAME,
                report.productionTitle() + " — " + report.albumTitle(),
                FileNames.slug(report.albumTitle()) + "-album-checklist",
                () -> Templates.albumChecklist(report).render(),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance albumChecklist(AlbumChecklistReport report);
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Track"),
            Column.text("Title"),
            Column.text("Source"),
            Column.text("Duration"),
            Column.text("Track status"),
            Column.text("Mechanicals per unit"),
            Column.text("Right"),
            Column.text("From"),
            Column.text("Share"),
            Column.text("Status"),
            Column.text("Terms"),
            Column.text("Share's mechanicals per unit"),
            Column.text("What is missing"));

    /**
     * One row per right a track needs; a track whose ownership is unknown gets one row carrying those
     * problems with the right columns empty, so the export lists every gap the PDF does.
     */
    public static ReportTable table(AlbumChecklistReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (AlbumChecklistReport.Track track : report.tracks()) {
            List<Object> trackCells = Arrays.asList(
                    track.position(),
                    track.title(),
                    track.source(),
                    track.durationSeconds() == null ? null : ReportFormats.clock(track.durationSeconds()),
                    track.status(),
                    track.mechanicalPerUnit());
            for (AlbumChecklistReport.Right right : track.rights()) {
                List<Object> row = new ArrayList<>(trackCells);
                row.addAll(Arrays.asList(
                        right.kind(),
                        right.holder(),
                        right.share(),
                        right.status(),
                        right.terms(),
                        right.mechanicalPerUnit(),
                        right.missing()));
                rows.add(row);
            }
            if (!track.problems().isEmpty() || track.rights().isEmpty()) {
                List<Object> row = new ArrayList<>(trackCells);
                row.addAll(Arrays.asList(null, null, null, null, null, null, String.join("; ", track.problems())));
                rows.add(row);
            }
        }
        return new ReportTable(NAME, COLUMNS, rows, null, about(report));
    }

    static List<ReportTable.Fact> about(AlbumChecklistReport report) {
        return List.of(
                new ReportTable.Fact("Report", NAME),
                new ReportTable.Fact("Production", report.productionTitle()),
                new ReportTable.Fact("Album", report.albumTitle()),
                new ReportTable.Fact("Label", orDash(report.label())),
                new ReportTable.Fact("Catalogue number", orDash(report.catalogueNumber())),
                new ReportTable.Fact("UPC/EAN", orDash(report.gtin())),
                new ReportTable.Fact("Mechanical rate", orDash(report.rate())),
                new ReportTable.Fact(
                        "Status",
                        report.overallStatus() + ": " + report.clearedTracks() + " of " + report.trackCount()
                                + " tracks cleared"),
                new ReportTable.Fact("Mechanicals per unit", orDash(report.mechanicalPerUnit())),
                new ReportTable.Fact("Master flat fees", orDash(report.masterFlatFees())),
                new ReportTable.Fact("Prepared by", report.preparedBy()),
                new ReportTable.Fact("Date", report.preparedOn().toString()));
    }

    static String orDash(String text) {
        return text == null ? "—" : text;
    }
}
