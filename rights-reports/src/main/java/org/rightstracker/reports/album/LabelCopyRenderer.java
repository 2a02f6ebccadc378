package org.rightstracker.reports.album;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rightstracker.core.album.LabelCopy;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportFormats;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders an album's {@link LabelCopy}: page, print and PDF from one template; CSV and XLSX from one table. */
public final class LabelCopyRenderer {

    public static final String NAME = "Label copy";

    private LabelCopyRenderer() {}

    public static ReportOutput output(LabelCopy copy) {
        return new ReportOutput(
                NAME,
                copy.productionTitle() + " — " + copy.albumTitle(),
                FileNames.slug(copy.albumTitle()) + "-label-copy",
                () -> Templates.labelCopy(copy).render(),
                () -> table(copy));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance labelCopy(LabelCopy copy);
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Track"),
            Column.text("Title"),
            Column.text("Artists"),
            Column.text("Writers (society, share)"),
            Column.text("Publishers (society, share)"),
            Column.text("ISRC"),
            Column.text("Duration"),
            Column.integer("Duration (s)"),
            Column.text("\u2117 line"),
            Column.text("\u00a9 line"),
            Column.text("Missing"));

    public static ReportTable table(LabelCopy copy) {
        List<List<Object>> rows = new ArrayList<>();
        for (LabelCopy.Track track : copy.tracks()) {
            List<Object> row = new ArrayList<>();
            row.add(track.position());
            row.add(track.title());
            row.add(track.artists());
            row.add(credits(track.writers()));
            row.add(credits(track.publishers()));
            row.add(track.isrc());
            row.add(track.durationSeconds() == null ? null : ReportFormats.clock(track.durationSeconds()));
            row.add(track.durationSeconds());
            row.add(copy.pLine());
            row.add(copy.cLine());
            row.add(track.missing().isEmpty() ? null : String.join("; ", track.missing()));
            rows.add(row);
        }
        return new ReportTable(NAME, COLUMNS, rows, null, about(copy));
    }

    /** "Ana Ruiz (SGAE, 50%); Tom Hale (PRS, 50%)". */
    public static String credits(List<LabelCopy.Credit> credits) {
        return credits.stream()
                .map(c -> c.name() + " (" + (c.society() == null ? "no society" : c.society()) + ", "
                        + AlbumReports.share(c.share()) + ")")
                .collect(Collectors.joining("; "));
    }

    static List<ReportTable.Fact> about(LabelCopy copy) {
        return List.of(
                new ReportTable.Fact("Report", NAME),
                new ReportTable.Fact("Production", copy.productionTitle()),
                new ReportTable.Fact("Album", copy.albumTitle()),
                new ReportTable.Fact("Label", AlbumChecklistRenderer.orDash(copy.label())),
                new ReportTable.Fact("Catalogue number", AlbumChecklistRenderer.orDash(copy.catalogueNumber())),
                new ReportTable.Fact("UPC/EAN", AlbumChecklistRenderer.orDash(copy.gtin())),
                new ReportTable.Fact(
                        "Release date",
                        copy.releaseDate() == null ? "—" : copy.releaseDate().toString()),
                new ReportTable.Fact("\u2117 line", AlbumChecklistRenderer.orDash(copy.pLine())),
                new ReportTable.Fact("\u00a9 line", AlbumChecklistRenderer.orDash(copy.cLine())),
                new ReportTable.Fact(
                        "Complete", copy.complete() ? "Yes" : "No: " + String.join("; ", copy.allMissing())));
    }
}
