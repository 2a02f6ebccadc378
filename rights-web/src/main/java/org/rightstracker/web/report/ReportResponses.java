package org.rightstracker.web.report;

import io.quarkus.qute.RawString;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;
import org.rightstracker.reports.render.Paper;
import org.rightstracker.reports.render.ReportOutput;
import org.rightstracker.web.page.RevisionCache;

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
        return respond(ReportCache.Renditions.uncached(output), query, selfUrl, page);
    }

    /**
     * The same, each rendition taken from {@code report} (shared between requests when it is cached; the
     * response then says in {@code X-Report-Cache} whether it was rendered for it: miss, shared or hit).
     */
    static Response respond(
            ReportCache.Renditions report,
            ReportQuery query,
            String selfUrl,
            Function<RawString, TemplateInstance> page) {
        ReportOutput output = report.output();
        String format = query.format;
        String chosen =
                format == null || format.isBlank() ? "html" : format.strip().toLowerCase(Locale.ROOT);
        Response.ResponseBuilder response = switch (chosen) {
            case "html" -> {
                if ("print".equals(query.view)) {
                    Paper paper = query.paper();
                    yield sourced(
                            report.get("print:" + paper, () -> output.print(selfUrl, paper)),
                            html -> Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                                    .header("Cache-Control", "private, no-store"),
                            report);
                }
                yield sourced(
                        report.get("body", output::body),
                        body -> Response.ok(
                                page.apply(new RawString((String) body)).render(),
                                MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")),
                        report);
            }
            case "pdf" -> {
                Paper paper = query.paper();
                yield sourced(
                        report.get("pdf:" + paper, () -> output.pdf(paper)),
                        pdf -> downloadBuilder((byte[]) pdf, PDF, output.fileBase() + ".pdf", true),
                        report);
            }
            case "csv" -> {
                requireTable(output);
                yield sourced(
                        report.get("csv", output::csv),
                        csv -> downloadBuilder((byte[]) csv, CSV, output.fileBase() + ".csv", false),
                        report);
            }
            case "xlsx" -> {
                requireTable(output);
                yield sourced(
                        report.get("xlsx", output::xlsx),
                        xlsx -> downloadBuilder((byte[]) xlsx, XLSX, output.fileBase() + ".xlsx", false),
                        report);
            }
            default -> throw new BadRequestException("Unknown format; use html, pdf, csv or xlsx.");
        };
        return response.build();
    }

    private static Response.ResponseBuilder sourced(
            RevisionCache.Lookup<Object> lookup,
            Function<Object, Response.ResponseBuilder> respond,
            ReportCache.Renditions report) {
        Response.ResponseBuilder builder = respond.apply(lookup.value());
        return report.cached() ? builder.header(CACHE_HEADER, lookup.source().header()) : builder;
    }

    /** Says whether a cached report's file was rendered for this request (miss), for another at the same time (shared) or earlier (hit). */
    static final String CACHE_HEADER = "X-Report-Cache";

    /**
     * A file to download, or (inline) to open in the browser's viewer. Names are ASCII slugs, so a
     * plain quoted filename is enough for every browser.
     */
    static Response download(byte[] bytes, String contentType, String fileName, boolean inline) {
        return downloadBuilder(bytes, contentType, fileName, inline).build();
    }

    private static Response.ResponseBuilder downloadBuilder(
            byte[] bytes, String contentType, String fileName, boolean inline) {
        return Response.ok(bytes, contentType)
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store");
    }

    private static ReportOutput requireTable(ReportOutput output) {
        if (!output.hasTable()) {
            throw new BadRequestException(output.name() + " is available as a page and a PDF only.");
        }
        return output;
    }
}
