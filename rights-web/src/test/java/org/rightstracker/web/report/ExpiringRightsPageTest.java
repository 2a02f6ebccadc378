package org.rightstracker.web.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "Dana Cole", roles = "ADMIN")
class ExpiringRightsPageTest {

    @Inject
    ReportTestData data;

    @Test
    void theWindowDecidesWhatIsListed() {
        data.film();
        // The demo's 5M2 quotes lapse in 7 days and its 5M3 option is due in 12.
        given().get("/reports/expiring?days=30")
                .then()
                .statusCode(200)
                .body(containsString("Expiring rights — next 30 days"))
                .body(containsString("Salt &amp; Iron"))
                .body(containsString("Use in the trailer campaign"));
        given().get("/reports/expiring?days=3")
                .then()
                .statusCode(200)
                .body(containsString("No quote lapses in the window."))
                .body(containsString("No option must be exercised in the window."));
    }

    @Test
    void theReportIsAlsoAPdf() throws IOException {
        data.film();
        byte[] pdf = given().get("/reports/expiring?days=30&format=pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(ProductionReportsPageTest.text(pdf)).contains("Expiring rights — next 30 days", "Page 1 of 1");
    }

    @Test
    void theReportIsAlsoACsvWithOneRowPerLineAndCueCellsLinkToTheCue() {
        data.film();
        String csv = given().get("/reports/expiring?days=30&format=csv")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .extract()
                .asString();
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo(
                        "\uFEFFWhat,Production,Cue,Title,Licensor,Side,Status,Detail,Currency,Fee,Date,Days left,Plan needs");
        assertThat(csv).contains("Quote lapses,").contains("Option deadline,").contains("Use in the trailer campaign");
        given().get("/reports/expiring?days=30&format=xlsx")
                .then()
                .statusCode(200)
                .contentType(containsString("spreadsheetml"));
        given().get("/reports/expiring?days=30")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.matchesPattern("(?s).*<a href=\"/cues/\\d+\"><span class=\"r-code\">.*"));
    }

    @Test
    void aWindowThatIsNotADayCountIsABadRequest() {
        given().get("/reports/expiring?days=abc").then().statusCode(400);
        given().get("/reports/expiring?days=-1").then().statusCode(400);
        given().get("/reports/expiring?days=100000").then().statusCode(400);
    }
}
