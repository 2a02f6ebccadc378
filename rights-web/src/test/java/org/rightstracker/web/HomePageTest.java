package org.rightstracker.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;

@QuarkusTest
class HomePageTest {

    @Inject
    ProductionService productions;

    @Test
    void theStartPageListsProductionsWithTheirClearance() {
        productions.create(new ProductionInput(
                "Start Page Feature <b>bold</b>",
                ProductionKind.FEATURE_FILM,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                "1:30:00",
                "24",
                "50000",
                "EUR",
                "THEATRICAL",
                "WORLD",
                "",
                java.time.LocalDate.now(),
                5,
                null,
                null));
        given().auth()
                .preemptive()
                .basic("admin", "admin-password-1")
                .when()
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Start Page Feature &lt;b&gt;bold&lt;/b&gt;"))
                .body(containsString("EUR 50,000.00"))
                .body(containsString("0 of 0 (0.0%)"));
    }

    @Test
    void readinessReportsTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"));
    }
}
