package org.rightstracker.reports.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a report document (well-formed XHTML with paged-media CSS) into a PDF with openhtmltopdf,
 * embedding a TrueType font so that every name prints as typed: the base-14 PDF fonts have no
 * glyphs for ø, Ó or many other letters of the names on a cue sheet.
 */
public final class PdfRenderer {

    /** The family name the report stylesheet asks for. */
    public static final String FONT_FAMILY = "Report Sans";

    // Liberation Sans (SIL Open Font License) ships inside the PDFBox jar that openhtmltopdf already
    // brings, so the report font needs no download and no installed system fonts.
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private static final byte[] FONT = loadFont();

    static {
        // openhtmltopdf reports every CSS property it does not know at INFO; our logs need none of it.
        XRLog.setLoggingEnabled(false);
    }

    private PdfRenderer() {}

    public static byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Registered for regular and bold so bold text keeps the embedded font (openhtmltopdf then
        // emboldens it) instead of falling back to a base-14 font without accents.
        for (int weight : new int[] {400, 700}) {
            builder.useFont(PdfRenderer::font, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(PdfRenderer::font, FONT_FAMILY, weight, BaseRendererBuilder.FontStyle.ITALIC, true);
        }
        builder.useSVGDrawer(new RectSvgDrawer());
        builder.withProducer("Rights Tracker");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the report PDF", e);
        }
        return out.toByteArray();
    }

    private static InputStream font() {
        return new ByteArrayInputStream(FONT);
    }

    private static byte[] loadFont() {
        try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The report font " + FONT_RESOURCE + " is missing from the classpath");
            }
            return withoutGlyphSubstitution(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hides the font's GSUB table by renaming its tag in the table directory. PDFBox 3 runs every
     * measured string through the GSUB rules, compiling regular expressions each time, which made a
     * 1,000-cue checklist take five times longer; all it buys for Latin text is "fi"/"fl" ligatures.
     * Unknown tables are ignored by the font parser and left out of the embedded subset.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] patched = font.clone();
        int tables = ((patched[4] & 0xff) << 8) | (patched[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int tag = 12 + 16 * i;
            if (patched[tag] == 'G' && patched[tag + 1] == 'S' && patched[tag + 2] == 'U' && patched[tag + 3] == 'B') {
                patched[tag] = 'g';
                patched[tag + 1] = 's';
                patched[tag + 2] = 'u';
                patched[tag + 3] = 'b';
            }
        }
        return patched;
    }
}
