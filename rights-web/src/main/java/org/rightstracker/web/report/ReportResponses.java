package org.rightstracker.web.report;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.rightstracker.reports.render.ReportOutput;

/**
 * Serves a built report in the format asked for: the page (in the site layout), the print view, or a
 * download with a sensible file name. Shared by the report resources so every report answers the
 * same query parameters the same way.
 */
final class ReportResponses {

    static final String PDF = "application/pdf";
    static final String CSV = "text/csv; charset=UTF-8";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportResponses() {}

    /**
     * @param query the format (null or "html" for the page, else pdf, csv or xlsx), "print" view and paper
     * @param page wraps the rendered body in the site layout
     * @param selfUrl the page's own address, for the print view's way back
     */
    static Response respond(
            ReportOutput output, ReportQuery query, String selfUrl, Function<RawString, TemplateInstance> page) {
        String format = query.format;
        String chosen =
                format == null || format.isBlank() ? "html" : format.strip().toLowerCase(Locale.ROOT);
        return switch (chosen) {
            case "html" ->
                "print".equals(query.view)
                        ? Response.ok(
                                        output.print(selfUrl, query.paper()),
                                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                                .header("Cache-Control", "private, no-store")
                                .build()
                        : Response.ok(
                                        page.apply(new RawString(output.body())).render(),
                                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                                .build();
            case "pdf" -> download(output.pdf(query.paper()), PDF, output.fileBase() + ".pdf", true);
            case "csv" -> download(requireTable(output).csv(), CSV, output.fileBase() + ".csv", false);
            case "xlsx" -> download(requireTable(output).xlsx(), XLSX, output.fileBase() + ".xlsx", false);
            default -> throw new BadRequestException("Unknown format; use html, pdf, csv or xlsx.");
        };
    }

    /**
     * A file to download, or (inline) to open in the browser's viewer. Names are ASCII slugs, so a
     * plain quoted filename is enough for every browser.
     */
    static Response download(byte[] bytes, String contentType, String fileName, boolean inline) {
        return Response.ok(bytes, contentType)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    private static ReportOutput requireTable(ReportOutput output) {
        if (!output.hasTable()) {
            throw new BadRequestException(output.name() + " is available as a page and a PDF only.");
        }
        return output;
    }
}
