package org.rightstracker.reports.expiring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.reports.render.ReportTable;
import org.rightstracker.reports.render.ReportTable.Column;

/** Renders an {@link ExpiringReport} for the page, the print view and the PDF. */
public final class ExpiringRenderer {

    public static final String NAME = "Expiring rights";

    private ExpiringRenderer() {}

    /** The report ready for any format: page, print view, PDF, CSV and XLSX. */
    public static ReportOutput output(ExpiringReport report) {
        return new ReportOutput(
                NAME,
                report.title(),
                "expiring-rights-" + report.days() + "-days-from-" + report.today(),
                () -> Templates.expiring(report).render(),
                () -> table(report));
    }

    static final List<Column> COLUMNS = List.of(
            Column.text("What"),
            Column.text("Production"),
            Column.text("Cue"),
            Column.text("Title"),
            Column.text("Licensor"),
            Column.text("Side"),
            Column.text("Status"),
            Column.text("Detail"),
            Column.text("Currency"),
            Column.money("Fee"),
            Column.date("Date"),
            Column.integer("Days left"),
            Column.text("Plan needs"));

    /**
     * Every line of the page in one sheet, section by section: "Licence ends" (date = last day covered),
     * "Licence short of plan", "Option deadline" (date = exercise by), "Quote lapses" (date = valid until).
     */
    public static ReportTable table(ExpiringReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ExpiringReport.EndingLicence l : report.licences()) {
            rows.add(licence("Licence ends", l));
        }
        for (ExpiringReport.EndingLicence l : report.shortOfPlan()) {
            rows.add(licence("Licence short of plan", l));
        }
        for (ExpiringReport.NearOption o : report.options()) {
            rows.add(Arrays.asList(
                    "Option deadline",
                    o.production(),
                    o.cueNumber(),
                    o.cueTitle(),
                    o.licensor(),
                    null,
                    null,
                    o.description(),
                    o.fee() == null ? null : o.fee().currency().getCurrencyCode(),
                    o.fee() == null ? null : o.fee().amount(),
                    o.deadline(),
                    o.daysLeft(),
                    null));
        }
        for (ExpiringReport.LapsingQuote q : report.quotes()) {
            rows.add(Arrays.asList(
                    "Quote lapses",
                    q.production(),
                    q.cueNumber(),
                    q.cueTitle(),
                    q.licensor(),
                    q.side(),
                    q.status(),
                    null,
                    q.fee() == null ? null : q.fee().currency().getCurrencyCode(),
                    q.fee() == null ? null : q.fee().amount(),
                    q.expires(),
                    q.daysLeft(),
                    null));
        }
        return new ReportTable(NAME, COLUMNS, rows);
    }

    private static List<Object> licence(String what, ExpiringReport.EndingLicence l) {
        return Arrays.asList(
                what,
                l.production(),
                l.cueNumber(),
                l.cueTitle(),
                l.licensor(),
                l.side(),
                l.status(),
                l.reason(),
                null,
                null,
                l.lastDay(),
                l.daysLeft(),
                l.planNeeds());
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance expiring(ExpiringReport report);
    }
}
