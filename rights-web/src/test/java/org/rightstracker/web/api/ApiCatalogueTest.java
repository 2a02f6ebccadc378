package org.rightstracker.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.rightstracker.web.api.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.security.Team;

/** Parties, works and recordings through the API: success, validation, 404, 409 and permissions. */
@QuarkusTest
class ApiCatalogueTest {

    @Inject
    Team team;

    @BeforeEach
    void team() {
        team.ensure();
    }

    @Test
    void aPartyIsCreatedReadListedUpdatedAndDeleted() {
        String name = Api.unique("Api Publisher");
        Response created = as("SUPERVISOR")
                .body(Map.of(
                        "name",
                        name,
                        "kind",
                        "ORGANISATION",
                        "roles",
                        List.of("PUBLISHER"),
                        "ipiNameNumber",
                        "00014107338"))
                .post("/api/v1/parties");
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/parties/"))
                .body("name", equalTo(name))
                .body("version", equalTo(0))
                .body("ipiNameNumber", equalTo("00014107338"));
        long id = created.jsonPath().getLong("id");

        as("VIEWER")
                .get("/api/v1/parties/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("roles", hasItem("PUBLISHER"));
        as("VIEWER")
                .queryParam("q", name)
                .queryParam("size", 1)
                .get("/api/v1/parties")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("total", equalTo(1))
                .body("size", equalTo(1));

        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", name + " Ltd", "kind", "ORGANISATION"))
                .put("/api/v1/parties/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("name", equalTo(name + " Ltd"));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of("name", "Stale"))
                .put("/api/v1/parties/" + id)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("changed by someone else"));

        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/parties/" + id)
                .then()
                .statusCode(204);
        as("VIEWER")
                .get("/api/v1/parties/" + id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Party " + id + " does not exist."));
    }

    @Test
    void invalidPartiesAreRefusedNamingTheField() {
        as("SUPERVISOR")
                .body(Map.of("name", "", "ipiNameNumber", "00000000100"))
                .post("/api/v1/parties")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("ipiNameNumber"));
        as("SUPERVISOR")
                .queryParam("size", 500)
                .get("/api/v1/parties")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void viewersAndProducersReadTheCatalogueButCannotChangeIt() {
        for (String role : List.of("VIEWER", "PRODUCER")) {
            as(role).body(Map.of("name", "Nope")).post("/api/v1/parties").then().statusCode(403);
            as(role).body(Map.of("title", "Nope")).post("/api/v1/works").then().statusCode(403);
            as(role).body(Map.of("title", "Nope"))
                    .post("/api/v1/recordings")
                    .then()
                    .statusCode(403);
            as(role).get("/api/v1/works").then().statusCode(200);
        }
    }

    @Test
    void aWorkKeepsItsSharesAndRefusesMoreThanOneHundredPercent() {
        long a = party("Work Pub A");
        long b = party("Work Pub B");
        long writer = party("Work Writer");
        String title = Api.unique("Api Song");
        Response created = as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        title,
                        "iswc",
                        "T-123.456.789-4",
                        "alternateTitles",
                        List.of("Api Song (Radio Edit)"),
                        "writers",
                        List.of(Map.of("partyId", writer, "share", "100", "designation", "CA")),
                        "publishers",
                        List.of(Map.of("partyId", a, "share", "60"), Map.of("partyId", b, "share", "40"))))
                .post("/api/v1/works");
        created.then()
                .statusCode(201)
                .body("iswc", equalTo("T1234567894"))
                .body("publisherTotal", equalTo("100.00"))
                .body("publishers.share", equalTo(List.of("60.00", "40.00")));
        long id = created.jsonPath().getLong("id");

        as("SUPERVISOR")
                .body(Map.of(
                        "version",
                        0,
                        "title",
                        title,
                        "publishers",
                        List.of(Map.of("partyId", a, "share", "60"), Map.of("partyId", b, "share", "50"))))
                .put("/api/v1/works/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishers"))
                .body("errors[0].message", containsString("110.00%"));
        as("VIEWER")
                .get("/api/v1/works/" + id)
                .then()
                .statusCode(200)
                .body("publishers", hasSize(2))
                .body("version", equalTo(0));

        as("SUPERVISOR")
                .body(Map.of("title", "Copy", "iswc", "T1234567894"))
                .post("/api/v1/works")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("iswc"))
                .body("errors[0].message", containsString(title));
        as("VIEWER").get("/api/v1/works/987654321").then().statusCode(404);
    }

    @Test
    void aRecordingNamesItsOwnersAndItsIsrcIsUnique() {
        long label = party("Api Label");
        String title = Api.unique("Api Take");
        Response created = as("SUPERVISOR")
                .body(Map.of(
                        "title",
                        title,
                        "artist",
                        "Band",
                        "isrc",
                        "GB-EMI-03-00013",
                        "duration",
                        "3:12",
                        "owners",
                        List.of(Map.of("partyId", label, "share", "100"))))
                .post("/api/v1/recordings");
        created.then()
                .statusCode(201)
                .body("isrc", equalTo("GBEMI0300013"))
                .body("duration", equalTo("3:12"))
                .body("owners[0].share", equalTo("100.00"));
        long id = created.jsonPath().getLong("id");
        as("SUPERVISOR")
                .body(Map.of("title", "Other", "isrc", "GBEMI0300013"))
                .post("/api/v1/recordings")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("isrc"));
        as("SUPERVISOR")
                .header("If-Match", "\"0\"")
                .body(Map.of("title", title, "owners", List.of(Map.of("partyId", label, "share", "50"))))
                .put("/api/v1/recordings/" + id)
                .then()
                .statusCode(200)
                .body("ownerTotal", equalTo("50.00"));
        as("SUPERVISOR")
                .queryParam("version", 0)
                .delete("/api/v1/recordings/" + id)
                .then()
                .statusCode(409);
        as("SUPERVISOR")
                .queryParam("version", 1)
                .delete("/api/v1/recordings/" + id)
                .then()
                .statusCode(204);
    }

    @Test
    void aPartyThatStillOwnsSharesCannotBeDeleted() {
        long label = party("Owning Label");
        as("SUPERVISOR")
                .body(Map.of("title", Api.unique("Owned"), "owners", List.of(Map.of("partyId", label, "share", "100"))))
                .post("/api/v1/recordings")
                .then()
                .statusCode(201);
        Response refused = as("SUPERVISOR").queryParam("version", 0).delete("/api/v1/parties/" + label);
        refused.then().statusCode(409);
        assertThat(refused.jsonPath().getString("detail")).contains("still owns shares");
    }

    static long party(String name) {
        return as("SUPERVISOR")
                .body(Map.of("name", Api.unique(name)))
                .post("/api/v1/parties")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }
}
