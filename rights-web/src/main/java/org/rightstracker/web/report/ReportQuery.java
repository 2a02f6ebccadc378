package org.rightstracker.web.report;

import jakarta.ws.rs.QueryParam;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.reports.render.Paper;

/**
 * How a report page is asked for: {@code format} (html, pdf, csv, xlsx), {@code view=print} for the print
 * view, and {@code paper} (a4 or letter) for the PDF and print view, by default the configured paper.
 */
public class ReportQuery {

    @QueryParam("format")
    String format;

    @QueryParam("view")
    String view;

    @QueryParam("paper")
    String paper;

    /** The same query made in code, e.g. by the API. */
    public static ReportQuery of(String format, String view, String paper) {
        ReportQuery query = new ReportQuery();
        query.format = format;
        query.view = view;
        query.paper = paper;
        return query;
    }

    /** The paper asked for, else the configured one; an unknown paper is a 400 naming the parameter. */
    Paper paper() {
        if (paper == null || paper.isBlank()) {
            return Paper.standard();
        }
        return Paper.parse(paper).orElseThrow(() -> new ValidationException("paper", "Paper must be a4 or letter."));
    }
}
