package org.rightstracker.reports.render;

import com.openhtmltopdf.css.parser.FSRGBColor;
import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws the inline SVG of our reports into the PDF. The report charts are built from filled
 * rectangles only (bars and axis lines; every label is HTML beside the chart), so this small drawer
 * replaces openhtmltopdf's Batik-based SVG support and its fifteen extra jars. Browsers draw the same
 * SVG natively on the page and in the print view.
 */
final class RectSvgDrawer implements SVGDrawer {

    @Override
    public SVGImage buildSVGImage(
            Element svg, Box box, CssContext context, double cssWidth, double cssHeight, double dotsPerPixel) {
        double width = number(svg.getAttribute("width"), 100);
        double height = number(svg.getAttribute("height"), 20);
        double[] viewBox = viewBox(svg.getAttribute("viewBox"), width, height);
        List<Bar> bars = new ArrayList<>();
        NodeList elements = svg.getElementsByTagName("*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
            if (name.endsWith("rect")) {
                bars.add(new Bar(
                        number(element.getAttribute("x"), 0),
                        number(element.getAttribute("y"), 0),
                        number(element.getAttribute("width"), 0),
                        number(element.getAttribute("height"), 0),
                        colour(element.getAttribute("fill"))));
            }
        }
        double drawnWidth = cssWidth > 0 ? cssWidth : width * dotsPerPixel;
        double drawnHeight = cssHeight > 0 ? cssHeight : height * dotsPerPixel;
        return new Picture(bars, viewBox, drawnWidth, drawnHeight);
    }

    private record Bar(double x, double y, double width, double height, FSRGBColor colour) {}

    private record Picture(List<Bar> bars, double[] viewBox, double width, double height) implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) Math.round(width);
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) Math.round(height);
        }

        @Override
        public void drawSVG(OutputDevice device, RenderingContext context, double x, double y) {
            double scaleX = width / viewBox[2];
            double scaleY = height / viewBox[3];
            for (Bar bar : bars) {
                if (bar.width() <= 0 || bar.height() <= 0) {
                    // A filled empty rectangle still leaves a hairline in the PDF; browsers draw nothing.
                    continue;
                }
                device.setColor(bar.colour());
                device.fill(new Rectangle2D.Double(
                        x + (bar.x() - viewBox[0]) * scaleX,
                        y + (bar.y() - viewBox[1]) * scaleY,
                        bar.width() * scaleX,
                        bar.height() * scaleY));
            }
        }
    }

    private static double[] viewBox(String text, double width, double height) {
        if (text != null && !text.isBlank()) {
            String[] parts = text.trim().split("[\\s,]+");
            if (parts.length == 4) {
                return new double[] {
                    number(parts[0], 0), number(parts[1], 0), number(parts[2], width), number(parts[3], height)
                };
            }
        }
        return new double[] {0, 0, width, height};
    }

    private static double number(String text, double fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.trim().replace("px", ""));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Reads "#rrggbb"; anything else is drawn in the report's ink colour rather than failing the PDF. */
    private static FSRGBColor colour(String fill) {
        if (fill != null && fill.matches("#[0-9a-fA-F]{6}")) {
            return new FSRGBColor(Integer.parseInt(fill.substring(1), 16));
        }
        return new FSRGBColor(0x1d2430);
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext context) {
        // Charts carry no text, so fonts are never needed here.
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
        // As above: nothing to draw with a font.
    }

    @Override
    public void close() {}
}
