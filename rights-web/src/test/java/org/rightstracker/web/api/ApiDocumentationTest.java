package org.rightstracker.web.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

@QuarkusTest
class ApiDocumentationTest {

    @Inject
    Team team;

    @BeforeEach
    void team() {
        team.ensure();
    }

    @Test
    void theOpenApiDocumentDescribesEveryResourceFamily() {
        String document = given().auth()
                .preemptive()
                .basic("admin", "admin-password-1")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        for (String path : new String[] {
            "/api/v1/parties",
            "/api/v1/works/{id}",
            "/api/v1/recordings",
            "/api/v1/productions/{id}/clearance",
            "/api/v1/productions/{productionId}/cues",
            "/api/v1/cues/{id}/clearance-items",
            "/api/v1/clearance-items/{id}/transitions",
            "/api/v1/clearance-items/{id}/terms",
            "/api/v1/options/{id}"
        }) {
            org.assertj.core.api.Assertions.assertThat(document).as(path).contains(path + ":");
        }
        // Every operation documents its problem bodies, and the Problem schema is defined.
        org.assertj.core.api.Assertions.assertThat(document)
                .contains("application/problem+json")
                .contains("\"409\":")
                .contains("Problem:")
                .contains("Someone else changed it since you read it");
    }

    @Test
    void swaggerUiIsServedToSignedInUsers() {
        given().auth()
                .preemptive()
                .basic("admin", "admin-password-1")
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"));
    }

    @Test
    void aBodyThatIsNotJsonIsA400NamingTheBody() {
        Api.as("SUPERVISOR")
                .body("{\"name\": ")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("body"));
        Api.as("SUPERVISOR")
                .body("{\"name\": \"X\", \"kind\": \"ALIEN\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("kind"))
                .body("errors[0].message", containsString("PERSON, ORGANISATION"));
        Api.as("SUPERVISOR")
                .body("{\"name\": \"X\", \"colour\": \"red\"}")
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("colour"));
        Api.as("SUPERVISOR")
                .body("{\"title\": \"X\", \"owners\": [{\"partyId\": \"abc\"}]}")
                .post("/api/v1/recordings")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("owners[0].partyId"));
        Api.as("SUPERVISOR").post("/api/v1/parties").then().statusCode(400);
    }
}
