package org.rightstracker.reports.render;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Wraps a rendered report body in the standalone paged document shared by the print view and the
 * PDF: landscape on the chosen {@link Paper}, the production title and "Page x of y" at the top of every page, the report name
 * at the foot, table headers repeated on each page. The screen page puts the same body in the site
 * layout instead; the body template is the same in all three.
 */
public final class ReportDocument {

    private ReportDocument() {}

    @CheckedTemplate(basePath = "reports")
    static class Templates {
        static native TemplateInstance document(
                String title,
                RawString runningTitle,
                RawString reportName,
                RawString body,
                boolean print,
                String backUrl,
                RawString css,
                String pageSize);
    }

    /** The stylesheet the site links for report pages, inlined here so the PDF needs no URL resolver. */
    private static final String STYLESHEET = readStylesheet();

    private static String readStylesheet() {
        try (InputStream in = ReportDocument.class.getResourceAsStream("/META-INF/resources/reports/report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the rights-reports jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The print view: the paged document plus a script (an external file, so a strict CSP allows it)
     * that opens the browser's print dialog.
     *
     * @param backUrl where "Back to the report" leads; null for none
     */
    public static String print(String reportName, String runningTitle, String body, String backUrl) {
        return print(reportName, runningTitle, body, backUrl, Paper.standard());
    }

    public static String print(String reportName, String runningTitle, String body, String backUrl, Paper paper) {
        return render(reportName, runningTitle, body, true, backUrl, paper);
    }

    /** The PDF on the configured paper ({@link Paper#standard()}). */
    public static byte[] pdf(String reportName, String runningTitle, String body) {
        return pdf(reportName, runningTitle, body, Paper.standard());
    }

    public static byte[] pdf(String reportName, String runningTitle, String body, Paper paper) {
        return PdfRenderer.render(render(reportName, runningTitle, body, false, null, paper));
    }

    private static String render(
            String reportName, String runningTitle, String body, boolean print, String backUrl, Paper paper) {
        return Templates.document(
                        reportName + " — " + runningTitle,
                        new RawString(cssString(runningTitle)),
                        new RawString(cssString(reportName)),
                        new RawString(body),
                        print,
                        backUrl,
                        new RawString(STYLESHEET),
                        paper.cssSize())
                .render();
    }

    /**
     * A CSS string literal for the page margin boxes. Everything but letters, digits and spaces is
     * written as a CSS escape, so a title can neither end the string nor the style element, and reads
     * the same whether the document is parsed as HTML (browser) or XML (PDF renderer).
     */
    static String cssString(String text) {
        StringBuilder css = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == ' ') {
                css.appendCodePoint(c);
            } else {
                css.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return css.append('"').toString();
    }
}
