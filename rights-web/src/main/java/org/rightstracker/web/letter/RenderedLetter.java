package org.rightstracker.web.letter;

import java.util.ArrayList;
import java.util.List;
import org.rightstracker.reports.render.PdfRenderer;

/**
 * A letter rendered from its template: a subject and plain text. The e-mail's HTML part and the PDF are
 * the same text laid out (paragraphs at blank lines), so every output says exactly the same thing.
 */
public record RenderedLetter(String subject, String text) {

    /** The text as HTML paragraphs, for the e-mail's HTML part. */
    public String html() {
        return "<!DOCTYPE html><html><body style=\"font-family: sans-serif\">" + paragraphs() + "</body></html>";
    }

    /** The text as an A4 PDF with the reports' embedded font (names print with their accents). */
    public byte[] pdf() {
        String xhtml = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>"
                + escape(subject)
                + "</title><style>@page { size: A4; margin: 25mm 22mm; }"
                + " body { font-family: '" + PdfRenderer.FONT_FAMILY + "'; font-size: 10.5pt; line-height: 1.4; }"
                + " p { margin: 0 0 3mm 0; }</style></head><body>"
                + paragraphs()
                + "</body></html>";
        return PdfRenderer.render(xhtml);
    }

    /** The paragraphs of the text, each with its lines. */
    public List<List<String>> blocks() {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text.split("\r?\n", -1)) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new ArrayList<>();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }

    private String paragraphs() {
        StringBuilder html = new StringBuilder();
        for (List<String> block : blocks()) {
            html.append("<p>");
            for (int i = 0; i < block.size(); i++) {
                if (i > 0) {
                    html.append("<br/>");
                }
                // Leading spaces indent the cue details; keep them in the layout.
                String line = block.get(i);
                int indent = line.length() - line.stripLeading().length();
                html.append("&#160;".repeat(indent)).append(escape(line.stripLeading()));
            }
            html.append("</p>");
        }
        return html.toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
