package org.rightstracker.reports.score;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.rightstracker.core.delivery.DeliveryChecklist;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders a production's music delivery checklist: page, print view and PDF, and one row per line. */
public final class DeliveryRenderer {

    public static final String NAME = "Music delivery checklist";

    private DeliveryRenderer() {}

    public static ReportOutput output(DeliveryChecklist checklist, LocalDate asOf) {
        return new ReportOutput(
                NAME,
                checklist.title(),
                FileNames.slug(checklist.title()) + "-delivery",
                () -> Templates.delivery(checklist, asOf).render(),
                () -> table(checklist, asOf));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance delivery(DeliveryChecklist checklist, LocalDate asOf);
    }

    static final List<Column> COLUMNS = List.of(
            Column.text("Key"),
            Column.text("Item"),
            Column.text("Status"),
            Column.text("Summary"),
            Column.text("Proof"),
            Column.text("Missing"));

    public static ReportTable table(DeliveryChecklist checklist, LocalDate asOf) {
        List<List<Object>> rows = new ArrayList<>();
        for (DeliveryChecklist.Line line : checklist.lines()) {
            rows.add(List.of(
                    line.key(),
                    line.title(),
                    line.status().label(),
                    line.summary(),
                    line.proofs().stream().map(DeliveryChecklist.Link::label).collect(Collectors.joining("; ")),
                    line.missing().stream().map(DeliveryChecklist.Link::label).collect(Collectors.joining("; "))));
        }
        return new ReportTable(
                NAME,
                COLUMNS,
                rows,
                null,
                List.of(
                        new ReportTable.Fact("Production", checklist.title()),
                        new ReportTable.Fact("Ready to deliver", checklist.complete() ? "yes" : "no"),
                        new ReportTable.Fact("As of", asOf.toString())));
    }
}
