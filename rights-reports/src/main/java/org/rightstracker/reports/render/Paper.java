package org.rightstracker.reports.render;

import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sheet a PDF is laid out on, always landscape. A4 outside North America, US Letter inside it; the
 * default is the setting {@code rights.reports.paper} (env {@code RIGHTS_REPORT_PAPER}), and a request can
 * ask for the other with {@code ?paper=letter} or {@code ?paper=a4}.
 */
public enum Paper {
    A4("A4 landscape"),
    LETTER("letter landscape");

    private final String cssSize;

    Paper(String cssSize) {
        this.cssSize = cssSize;
    }

    /** The value of the CSS {@code @page size} property. */
    public String cssSize() {
        return cssSize;
    }

    /** "a4", "A4", "letter", "Letter"; empty for anything else. */
    public static Optional<Paper> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> Optional.of(A4);
            case "letter", "us-letter" -> Optional.of(LETTER);
            default -> Optional.empty();
        };
    }

    /** The configured default; A4 when unset. The web module checks the setting at start. */
    public static Paper standard() {
        Optional<String> setting = ConfigProvider.getConfig().getOptionalValue("rights.reports.paper", String.class);
        if (setting.isEmpty() || setting.get().isBlank()) {
            return A4;
        }
        return parse(setting.get())
                .orElseThrow(() -> new IllegalStateException(
                        "rights.reports.paper (RIGHTS_REPORT_PAPER) must be A4 or letter, not '" + setting.get()
                                + "'"));
    }
}
