package org.rightstracker.reports.render;

import java.util.function.Supplier;

/**
 * One built report, ready to be rendered in any of its formats, so a caller (a web resource) can
 * serve every report the same way. The body and table are produced only when a format asks for them.
 *
 * @param name the report's name, e.g. "Clearance checklist"
 * @param runningTitle what heads every printed page, usually the production title
 * @param fileBase the download name without extension, e.g. "northern-lights-over-harrow-checklist"
 * @param table null for reports offered only as page, print and PDF
 */
public record ReportOutput(
        String name, String runningTitle, String fileBase, Supplier<String> bodySource, Supplier<ReportTable> table) {

    /** The report body for the site layout (screen). */
    public String body() {
        return bodySource.get();
    }

    /** @param backUrl where the print view's "Back to the report" link leads; null for none */
    public String print(String backUrl) {
        return ReportDocument.print(name, runningTitle, body(), backUrl);
    }

    public String print(String backUrl, Paper paper) {
        return ReportDocument.print(name, runningTitle, body(), backUrl, paper);
    }

    public byte[] pdf() {
        return ReportDocument.pdf(name, runningTitle, body());
    }

    public byte[] pdf(Paper paper) {
        return ReportDocument.pdf(name, runningTitle, body(), paper);
    }

    public boolean hasTable() {
        return table != null;
    }

    public byte[] csv() {
        return TableCsvWriter.write(requireTable());
    }

    public byte[] xlsx() {
        return TableXlsxWriter.write(requireTable());
    }

    private ReportTable requireTable() {
        if (table == null) {
            throw new UnsupportedOperationException(name + " is offered as a page and a PDF only");
        }
        return table.get();
    }
}
