package org.rightstracker.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.signoff.SignOff;

@QuarkusTest
@TestSecurity(user = "Dana Cole", roles = "ADMIN")
class ProductionReportsPageTest {

    static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Inject
    ReportTestData data;

    String base() {
        return "/productions/" + data.film() + "/reports";
    }

    @Test
    void theHubListsEveryReportWithItsFormats() {
        given().get(base())
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Clearance checklist"))
                .body(containsString("Cue sheet"))
                .body(containsString("Ownership report"))
                .body(containsString("Costs and MFN"))
                .body(containsString(base() + "/checklist?format=xlsx"))
                .body(containsString("/reports/expiring?days=30"));
    }

    @Test
    void eachReportIsAPageInTheSiteLayoutWithLinksToItsFormats() {
        for (String report : List.of("checklist", "cue-sheet", "ownership", "costs")) {
            given().get(base() + "/" + report)
                    .then()
                    .statusCode(200)
                    .contentType(containsString("charset=UTF-8"))
                    .body(containsString("Rights Tracker"))
                    .body(containsString(ReportTestData.FILM))
                    .body(containsString(base() + "/" + report + "?view=print"))
                    .body(containsString(base() + "/" + report + "?format=pdf"));
        }
        given().get(base() + "/checklist")
                .then()
                .body(containsString("Prepared by</th><td>Dana Cole"))
                .body(containsString("Éditions Lumière"));
    }

    @Test
    void thePrintViewIsTheStandaloneDocumentWithAnExternalPrintScript() {
        String html = given().get(base() + "/cue-sheet?view=print")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(html).contains("<script src=\"/reports/print.js\" defer=\"defer\"></script>");
        assertThat(Pattern.compile("<script>").matcher(html).find())
                .as("no inline script")
                .isFalse();
        assertThat(html).contains("@page", "counter(pages)", "Søren Ødegaard").doesNotContain("class=\"bar\"");
        given().get("/reports/print.js").then().statusCode(200).body(containsString("window.print()"));
    }

    @Test
    void thePdfDownloadIsTheReportWithAFileName() throws IOException {
        Response pdf = given().get(base() + "/checklist?format=pdf");
        pdf.then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", "inline; filename=\"northern-lights-over-harrow-checklist.pdf\"");
        String text = text(pdf.asByteArray());
        assertThat(text).contains("CLEARANCE CHECKLIST", ReportTestData.FILM, "Page 1 of ", "Prepared by Dana Cole");
    }

    @Test
    void aPdfComesOnUsLetterWhenAskedAndAnUnknownPaperIsABadRequestNamingIt() throws IOException {
        byte[] letter = given().get(base() + "/costs?format=pdf&paper=letter")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        byte[] standard = given().get(base() + "/costs?format=pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument a = Loader.loadPDF(letter);
                PDDocument b = Loader.loadPDF(standard)) {
            assertThat(a.getPage(0).getMediaBox().getWidth())
                    .as("US Letter, landscape")
                    .isEqualTo(792f);
            assertThat(b.getPage(0).getMediaBox().getWidth())
                    .as("A4, landscape")
                    .isBetween(841f, 842f);
        }
        given().get(base() + "/costs?format=pdf&paper=folio")
                .then()
                .statusCode(400)
                .body(containsString("Paper must be a4 or letter."));
    }

    @Test
    void csvAndXlsxDownloadsCarryTheTable() throws IOException {
        Response csv = given().get(base() + "/cue-sheet?format=csv");
        csv.then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"northern-lights-over-harrow-cue-sheet-draft.csv\"");
        List<CSVRecord> rows = CSVFormat.RFC4180
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8).substring(1)))
                .getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("Seq");
        assertThat(rows).extracting(r -> r.get(1)).contains("1M1", "2M14", "5M3");

        Response xlsx = given().get(base() + "/costs?format=xlsx");
        xlsx.then()
                .statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"northern-lights-over-harrow-costs.xlsx\"");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            var row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
        }
    }

    @Test
    void anUnknownFormatIsABadRequestAndAnUnknownProductionIsNotFound() {
        given().get(base() + "/checklist?format=docx").then().statusCode(400);
        given().get("/reports/expiring?days=30&format=docx").then().statusCode(400);
        given().get("/productions/999999/reports/checklist").then().statusCode(404);
        given().get("/productions/999999/reports").then().statusCode(404);
    }

    @Test
    void issuingTwoRevisionsKeepsBothAndMarksTheFirstRevised() throws IOException {
        String token = csrfToken();
        int before = revisionCount();
        int first = before + 1;
        int second = before + 2;
        post(base() + "/cue-sheet/revisions", token, Map.of("number", first))
                .then()
                .statusCode(303)
                .header("Location", containsString(base() + "#cue-sheet-revisions"));
        post(base() + "/cue-sheet/revisions", token, Map.of("number", second))
                .then()
                .statusCode(303);

        String hub = given().get(base()).asString();
        assertThat(hub).contains("REVISED by revision " + second);
        assertThat(text(given().get(base() + "/cue-sheet/revisions/" + second + ".pdf")
                        .asByteArray()))
                .contains("REVISED — Revision " + second, "issued", "by Dana Cole");
        Response firstPdf = given().get(base() + "/cue-sheet/revisions/" + first + ".pdf");
        firstPdf.then().statusCode(200).contentType("application/pdf");
        assertThat(text(firstPdf.asByteArray())).contains("Revision " + first);
        // No route changes or removes an issued revision; the bytes are still served unchanged.
        given().delete(base() + "/cue-sheet/revisions/" + first + ".pdf").then().statusCode(anyOf(is(404), is(405)));
        assertThat(given().get(base() + "/cue-sheet/revisions/" + first + ".pdf")
                        .asByteArray())
                .isEqualTo(firstPdf.asByteArray());
    }

    @Test
    void issuingARevisionTheUserWasNotShownIsAConflictAndIssuesNothing() {
        String token = csrfToken();
        int before = revisionCount();
        post(base() + "/cue-sheet/revisions", token, Map.of("number", before + 5))
                .then()
                .statusCode(409);
        post(base() + "/cue-sheet/revisions", token, Map.of())
                .then()
                .statusCode(400)
                .body(containsString("which revision to issue"));
        assertThat(revisionCount()).isEqualTo(before);
    }

    @Test
    void aSignOffServesTheExactStoredBytes() throws IOException {
        String token = csrfToken();
        long next = SignOff.count("production.id", data.film()) + 1;
        post(
                        base() + "/sign-offs",
                        token,
                        Map.of("number", next, "withExceptions", "true", "reason", "Open cues accepted"))
                .then()
                .statusCode(303)
                .header("Location", containsString(base() + "#sign-offs"));
        SignOff latest = SignOff.<SignOff>list("production.id = ?1 order by number desc", data.film())
                .get(0);

        Response pdf = given().get(base() + "/sign-offs/" + latest.number + ".pdf");
        pdf.then().statusCode(200).contentType("application/pdf");
        assertThat(sha256(pdf.asByteArray())).isEqualTo(latest.sha256);
        assertThat(latest.signedBy).isEqualTo("Dana Cole");
        assertThat(text(pdf.asByteArray())).contains("signed off by Dana Cole (Administrator)");
        given().get(base()).then().body(containsString(latest.sha256.substring(0, 12)));
        given().delete(base() + "/sign-offs/" + latest.number + ".pdf").then().statusCode(anyOf(is(404), is(405)));
        given().put(base() + "/sign-offs/" + latest.number + ".pdf").then().statusCode(anyOf(is(404), is(405)));
        assertThat(sha256(given().get(base() + "/sign-offs/" + latest.number + ".pdf")
                        .asByteArray()))
                .isEqualTo(latest.sha256);
        given().get(base() + "/sign-offs/9999.pdf").then().statusCode(404);
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        int before = revisionCount();
        given().contentType("application/x-www-form-urlencoded")
                .formParam("x", "y")
                .post(base() + "/cue-sheet/revisions")
                .then()
                .statusCode(not(303));
        assertThat(revisionCount()).isEqualTo(before);
    }

    private int revisionCount() {
        return (int) org.rightstracker.core.cuesheet.CueSheetRevision.count("production.id", data.film());
    }

    private String csrfToken() {
        Response hub = given().get(base());
        Matcher token = CSRF.matcher(hub.asString());
        assertThat(token.find()).as("the hub's forms carry a CSRF token").isTrue();
        return token.group(1) + "\n" + hub.cookie("csrf-token");
    }

    private static Response post(String path, String token, Map<String, ?> fields) {
        String[] parts = token.split("\n");
        return given().redirects()
                .follow(false)
                .cookie("csrf-token", parts[1])
                .contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", parts[0])
                .formParams(fields)
                .post(path);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
