package org.rightstracker.web.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.web.security.Role;

/** "Reopen as amendment" on the cue page and through the API. */
@QuarkusTest
class ReopenAsAmendmentTest {

    @Inject
    PageWorld world;

    @Test
    void onlyASupervisorSeesTheButtonOnAnExecutedLicenceAndOthersGetA403() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        long publisher = world.item(song.cue(), song.publisherA()).id;
        world.license(label, "1000");

        Document asSupervisor = page(world.visitor(Role.SUPERVISOR, song.production()), song.cue());
        assertThat(reopenForm(asSupervisor, label)).isNotNull();
        assertThat(reopenForm(asSupervisor, publisher)).as("not executed").isNull();
        for (Role role : new Role[] {Role.PRODUCER, Role.VIEWER}) {
            Visitor visitor = world.visitor(role, song.production());
            assertThat(reopenForm(page(visitor, song.cue()), label))
                    .as(role.name())
                    .isNull();
            Response refused =
                    visitor.post("/clearance-items/" + label + "/amendments", Map.of("version", world.version(label)));
            assertThat(refused.statusCode()).as(role.name()).isEqualTo(403);
        }
        assertThat(itemsOf(song.cue())).isEqualTo(3);
    }

    @Test
    void reopeningReturnsToTheCueWithTheAmendmentAsItsOwnLicenceNotYetInForce() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        world.license(label, "1000");
        long version = world.version(label);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response reopened = supervisor.post("/clearance-items/" + label + "/amendments", Map.of("version", version));

        assertThat(reopened.statusCode()).isEqualTo(303);
        long amendment = amendmentOf(label);
        assertThat(reopened.header("Location")).endsWith("/cues/" + song.cue() + "#item-" + amendment);
        String html = supervisor.follow(reopened).asString();
        assertThat(html)
                .contains("Licence reopened as amendment 1: request the amended terms from Label " + song.tag() + ".");
        Document page = Jsoup.parse(html);
        Element old = page.getElementById("item-" + label);
        Element open = page.getElementById("item-" + amendment);
        assertThat(old.text()).contains("Amended by amendment 1 (not requested)");
        assertThat(old.select("[data-item-status]").attr("data-item-status")).isEqualTo("LICENSED");
        assertThat(reopenForm(page, label)).as("one open amendment at a time").isNull();
        assertThat(open.select("[data-item-status]").attr("data-item-status")).isEqualTo("NOT_REQUESTED");
        assertThat(open.text())
                .contains("Amendment 1 of licence #" + label + " — not yet in force")
                .contains("Reopened as amendment 1 of licence #" + label)
                .doesNotContain("Covers the release plan");
        assertThat(open.select("form[action=/clearance-items/" + amendment + "/step]"))
                .as("its own workflow")
                .isNotEmpty();
        assertThat(world.version(label)).isEqualTo(version);
    }

    @Test
    void aStaleOrIneligibleReopenIsA409OnTheCuePageAndWritesNothing() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        long publisher = world.item(song.cue(), song.publisherA()).id;
        world.license(label, "1000");
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response stale = supervisor.post(
                "/clearance-items/" + label + "/amendments", Map.of("version", world.version(label) - 1));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("The licence changed after you opened the page");

        Response notExecuted = supervisor.post(
                "/clearance-items/" + publisher + "/amendments", Map.of("version", world.version(publisher)));
        assertThat(notExecuted.statusCode()).isEqualTo(409);
        assertThat(notExecuted.asString()).contains("only an executed licence is reopened as an amendment");

        Response noVersion = supervisor.post("/clearance-items/" + label + "/amendments", Map.of("version", ""));
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(itemsOf(song.cue())).isEqualTo(3);
    }

    @Test
    void theApiCreatesTheAmendmentWith201AndRefusesWhatItMustNot() {
        PageWorld.Song song = world.song();
        long label = world.item(song.cue(), song.label()).id;
        long publisher = world.item(song.cue(), song.publisherA()).id;
        world.license(label, "1000");
        String supervisor = world.user(Role.SUPERVISOR, song.production());

        api(supervisor).body(Map.of()).post(amendments(label)).then().statusCode(400);
        api(supervisor)
                .body(Map.of("version", "three"))
                .post(amendments(label))
                .then()
                .statusCode(400);
        api(supervisor)
                .body(Map.of("version", world.version(publisher)))
                .post(amendments(publisher))
                .then()
                .statusCode(409);
        api(supervisor)
                .body(Map.of("version", 0))
                .post(amendments(Long.MAX_VALUE))
                .then()
                .statusCode(404);
        api(world.user(Role.PRODUCER, song.production()))
                .body(Map.of("version", world.version(label)))
                .post(amendments(label))
                .then()
                .statusCode(403);
        assertThat(itemsOf(song.cue())).isEqualTo(3);

        Response created = api(supervisor)
                .header("If-Match", "\"" + world.version(label) + "\"")
                .post(amendments(label));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonPath item = created.jsonPath();
        long amendment = item.getLong("id");
        assertThat(created.header("Location")).endsWith("/api/v1/clearance-items/" + amendment);
        assertThat(item.getLong("amendsItemId")).isEqualTo(label);
        assertThat(item.getInt("amendmentNo")).isEqualTo(1);
        assertThat(item.getString("status")).isEqualTo("NOT_REQUESTED");
        assertThat(item.getString("granted.media")).isEqualTo("ALL_MEDIA");
        assertThat(item.<Object>get("agreedFee")).isNull();
        assertThat(item.<Object>get("coversPlan")).as("not in force yet").isNull();

        String original =
                api(supervisor).get("/api/v1/clearance-items/" + label).asString();
        assertThat(JsonPath.from(original).getInt("amendmentNo")).isZero();
        assertThat(JsonPath.from(original).<Object>get("amendsItemId")).isNull();
        api(supervisor)
                .body(Map.of("version", world.version(label)))
                .post(amendments(label))
                .then()
                .statusCode(409);
        assertThat(itemsOf(song.cue())).isEqualTo(4);
        assertThat(world.item(song.cue(), song.label()).status).isEqualTo(LicenceStatus.LICENSED);
    }

    private static String amendments(long itemId) {
        return "/api/v1/clearance-items/" + itemId + "/amendments";
    }

    private static RequestSpecification api(String username) {
        return given().auth()
                .preemptive()
                .basic(username, PageWorld.PASSWORD)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    private static Document page(Visitor visitor, long cueId) {
        Response response = visitor.get("/cues/" + cueId);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.asString());
    }

    private static Element reopenForm(Document page, long itemId) {
        return page.selectFirst("form[action=/clearance-items/" + itemId + "/amendments]");
    }

    private static long itemsOf(long cueId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.count("cue.id", cueId));
    }

    private static long amendmentOf(long itemId) {
        return QuarkusTransaction.requiringNew()
                .call(() ->
                        ClearanceItem.<ClearanceItem>find("amends.id", itemId).singleResult().id);
    }
}
