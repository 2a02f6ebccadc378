package org.rightstracker.reports.costs;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.core.clearance.engine.BudgetSummary;
import org.rightstracker.reports.render.FileNames;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders a {@link CostsReport}: one template for page, print and PDF; one table for CSV and XLSX. */
public final class CostsRenderer {

    public static final String NAME = "Costs and MFN";

    private CostsRenderer() {}

    /** The report ready for any format: page, print view, PDF, CSV and XLSX. */
    public static ReportOutput output(CostsReport report) {
        return new ReportOutput(
                NAME,
                report.production().title(),
                FileNames.slug(report.production().title()) + "-" + "costs",
                () -> Templates.costs(report).render(),
                () -> table(report));
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance costs(CostsReport report);
    }

    static final List<Column> COLUMNS = List.of(
            Column.integer("Seq"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Status"),
            Column.text("Currency"),
            Column.money("Quoted"),
            Column.money("Committed"),
            Column.money("Projected"),
            Column.money("MFN raise"),
            Column.integer("Unpriced items"));

    /** One row per active cue, in the production currency, then the production's totals. */
    public static ReportTable table(CostsReport report) {
        String currency = report.production().currency();
        List<List<Object>> rows = new ArrayList<>();
        for (CostsReport.CueCost cue : report.cues()) {
            rows.add(List.of(
                    cue.sequence(),
                    cue.number(),
                    cue.title(),
                    cue.status(),
                    currency,
                    cue.quoted().amount(),
                    cue.committed().amount(),
                    cue.projected().amount(),
                    cue.mfnUplift().amount(),
                    cue.unpricedItems()));
        }
        BudgetSummary budget = report.budget();
        List<Object> totals = Arrays.asList(
                null,
                "Total",
                null,
                null,
                currency,
                budget.quoted().amount(),
                budget.committed().amount(),
                budget.projected().amount(),
                budget.mfnExposure().amount(),
                budget.unpricedItems());
        return new ReportTable(NAME, COLUMNS, rows, totals);
    }
}
