package org.rightstracker.web.badinput;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.rightstracker.web.testing.DatabaseFingerprint;

/**
 * Every write endpoint of the API, as the OpenAPI document lists it (an endpoint added later joins by
 * itself), sent bad input one fault at a time: wrong types, nulls in lists, 100 KB texts, huge and
 * negative numbers, unknown choices and ids, unreadable bodies, a missing, unreadable or stale version,
 * unreadable or unknown parameters. Each must be refused with a 4xx problem naming the field or parameter at
 * fault, never a 5xx, and leave the database exactly as it was.
 */
@QuarkusTest
class GeneratedApiBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    BadInputWorld world;

    @Inject
    DatabaseFingerprint database;

    @Inject
    AgroalDataSource dataSource;

    private BadInputWorld.Fixture fixture;
    private final List<String> findings = new ArrayList<>();
    private int sent;

    @Test
    void everyWriteEndpointRefusesBadInputNamingTheFieldAndSavesNothing() throws Exception {
        fixture = world.ensure();
        long started = System.currentTimeMillis();
        JsonNode document = JSON.readTree(given().auth()
                .preemptive()
                .basic(fixture.admin(), fixture.password())
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        JsonProbes json = new JsonProbes(document.path("components").path("schemas"), references());
        List<String> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/v1/")) {
                continue;
            }
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    ApiProbes.of(method, path.getKey(), operation, json, fixture)
                            .forEach(this::send);
                }
            }
        }
        assertThat(operations)
                .as("write operations found in the OpenAPI document")
                .contains("PUT /api/v1/works/{id}", "POST /api/v1/imports/cue-list", "DELETE /api/v1/cues/{id}");
        System.out.printf(
                "Generated API bad input: %d requests in %d ms%n", sent, System.currentTimeMillis() - started);
        assertThat(sent).as("requests sent").isGreaterThan(300);
        assertThat(findings)
                .as(findings.size() + " findings in " + sent + " requests")
                .isEmpty();
    }

    private void send(ApiProbes.Probe probe) {
        RequestSpecification request = given().auth()
                .preemptive()
                .basic(fixture.admin(), fixture.password())
                .accept("application/json");
        String current = Long.toString(ApiProbes.CURRENT_VERSION);
        for (Map.Entry<String, String> parameter : probe.query().entrySet()) {
            request = request.queryParam(
                    parameter.getKey(),
                    parameter.getValue().equals(current)
                            ? Long.toString(version(probe.versionKind()))
                            : parameter.getValue());
        }
        for (Map.Entry<String, String> header : probe.headers().entrySet()) {
            request = request.header(header.getKey(), header.getValue());
        }
        if (probe.contentType() != null) {
            request = request.contentType(probe.contentType()).body(withCurrentVersion(probe));
        }
        Map<String, String> before = database.take();
        Response response = request.request(probe.method(), probe.path());
        sent++;
        check(probe, response, before);
    }

    private void check(ApiProbes.Probe probe, Response response, Map<String, String> before) {
        int status = response.statusCode();
        String what = probe.description() + " → " + status;
        if (status >= 500) {
            findings.add(what + " (a server error): " + abbreviated(response.asString()));
            return;
        }
        if (status < 400) {
            findings.add(what + ": accepted, but it must be refused");
            return;
        }
        if (!probe.allowed().contains(status)) {
            findings.add(what + ": expected one of " + probe.allowed() + ": " + abbreviated(response.asString()));
        }
        String type = response.contentType() == null ? "" : response.contentType();
        if (!type.startsWith("application/problem+json")) {
            findings.add(what + ": a " + type + " answer instead of application/problem+json");
        } else {
            JsonNode problem = readProblem(response);
            if (problem.path("status").asInt() != status
                    || problem.path("detail").asText().isBlank()) {
                findings.add(what + ": a problem without its status or detail: " + abbreviated(response.asString()));
            }
            if (probe.faultyField() != null && status == 400 && !names(problem, probe.faultyField())) {
                findings.add(what + ": the problem does not name " + probe.faultyField() + ": "
                        + abbreviated(response.asString()));
            }
        }
        List<String> changed = DatabaseFingerprint.differences(before, database.take());
        if (!changed.isEmpty()) {
            findings.add(what + ": refused, yet the database changed: " + changed);
        }
    }

    /** Whether the problem names the field: exactly, or as the service calls a nested body property. */
    static boolean names(JsonNode problem, String field) {
        String expected = field.toLowerCase(Locale.ROOT);
        String last = expected.substring(expected.lastIndexOf('.') + 1);
        for (JsonNode error : problem.path("errors")) {
            String named = error.path("field").asText().toLowerCase(Locale.ROOT);
            if (!named.isEmpty()
                    && (named.equals(expected) || expected.endsWith("." + named) || named.endsWith(last))) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode readProblem(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (Exception unreadable) {
            return JSON.createObjectNode();
        }
    }

    /** The fixture's references a valid body makes, by property name. */
    private Map<String, LongSupplier> references() {
        return Map.of(
                "partyId", () -> fixture.idFor("parties"),
                "studioId", () -> fixture.idFor("parties"),
                "workId", () -> fixture.idFor("works"),
                "recordingId", () -> fixture.idFor("recordings"),
                "seasonId", () -> fixture.idFor("seasons"));
    }

    private long version(String kind) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select version from " + fixture.tableFor(kind) + " where id = ?")) {
            query.setLong(1, fixture.idFor(kind));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The body with the stand-in for the current version replaced by the version now stored. */
    private byte[] withCurrentVersion(ApiProbes.Probe probe) {
        if (!ApiProbes.isJson(probe.contentType()) || probe.body().length == 0 || probe.versionKind() == null) {
            return probe.body();
        }
        try {
            JsonNode node = JSON.readTree(probe.body());
            if (node instanceof ObjectNode object && object.path("version").asLong() == ApiProbes.CURRENT_VERSION) {
                return ApiProbes.bytes(object.put("version", version(probe.versionKind())));
            }
        } catch (Exception unreadable) {
            // a body made unreadable on purpose: sent as it is
        }
        return probe.body();
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
