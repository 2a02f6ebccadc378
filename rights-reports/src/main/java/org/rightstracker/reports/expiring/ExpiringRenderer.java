package org.rightstracker.reports.expiring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.rightstracker.reports.render.ReportDocument;
import org.rightstracker.reports.render.ReportOutput;

/** Renders an {@link ExpiringReport} for the page, the print view and the PDF. */
public final class ExpiringRenderer {

    public static final String NAME = "Expiring rights";

    private ExpiringRenderer() {}

    /** The report ready for any format: page, print view, PDF. */
    public static ReportOutput output(ExpiringReport report) {
        return new ReportOutput(
                NAME,
                report.title(),
                "expiring-rights-" + report.days() + "-days-from-" + report.today(),
                () -> body(report),
                null);
    }

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance expiring(ExpiringReport report);
    }

    public static String body(ExpiringReport report) {
        return Templates.expiring(report).render();
    }

    public static String print(ExpiringReport report, String backUrl) {
        return ReportDocument.print(NAME, report.title(), body(report), backUrl);
    }

    public static byte[] pdf(ExpiringReport report) {
        return ReportDocument.pdf(NAME, report.title(), body(report));
    }
}
