package org.rightstracker.reports.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.reports.render.ReportTable.Column;

class RenderPiecesTest {

    @Test
    void aTitleInThePageHeaderCannotBreakOutOfItsCssString() {
        assertThat(ReportDocument.cssString("Salt & Iron")).isEqualTo("\"Salt \\26  Iron\"");
        assertThat(ReportDocument.cssString("A \"quoted\" </style> title"))
                .doesNotContain("</style>")
                .doesNotContain("\"quoted\"")
                .startsWith("\"A \\22 quoted");
        assertThat(ReportDocument.cssString("Søren Ødegaard")).isEqualTo("\"Søren Ødegaard\"");
    }

    @Test
    void fileNamesAreAsciiSlugs() {
        assertThat(FileNames.of("Harrow Bay — The Crossing", "checklist", "pdf"))
                .isEqualTo("harrow-bay-the-crossing-checklist.pdf");
        assertThat(FileNames.slug("Café Noir / Part 2")).isEqualTo("cafe-noir-part-2");
        assertThat(FileNames.slug("???")).isEqualTo("production");
    }

    @Test
    void onlyTheGlyphSubstitutionTableIsHidden() {
        // A font header with three tables: GDEF, GSUB, glyf.
        byte[] font = new byte[12 + 3 * 16];
        font[5] = 3;
        System.arraycopy("GDEF".getBytes(StandardCharsets.US_ASCII), 0, font, 12, 4);
        System.arraycopy("GSUB".getBytes(StandardCharsets.US_ASCII), 0, font, 28, 4);
        System.arraycopy("glyf".getBytes(StandardCharsets.US_ASCII), 0, font, 44, 4);

        byte[] patched = PdfRenderer.withoutGlyphSubstitution(font);

        assertThat(new String(patched, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("GDEF");
        assertThat(new String(patched, 28, 4, StandardCharsets.US_ASCII)).isEqualTo("gsub");
        assertThat(new String(patched, 44, 4, StandardCharsets.US_ASCII)).isEqualTo("glyf");
        assertThat(new String(font, 28, 4, StandardCharsets.US_ASCII))
                .as("the original is untouched")
                .isEqualTo("GSUB");
    }

    @Test
    void csvWritesPlainNumbersIsoDatesAndEmptyCells() {
        ReportTable table = new ReportTable(
                "T",
                List.of(Column.text("A"), Column.money("B"), Column.date("C"), Column.integer("D")),
                List.of(Arrays.asList(
                        "x, \"y\"", new java.math.BigDecimal("7500.00"), LocalDate.of(2026, 3, 4), null)));
        String csv = new String(TableCsvWriter.write(table), StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFA,B,C,D\r\n\"x, \"\"y\"\"\",7500.00,2026-03-04,\r\n");
    }
}
