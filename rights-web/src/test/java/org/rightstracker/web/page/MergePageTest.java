package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.web.security.Role;

/** Likely duplicates on the catalogue pages and the administrators' merge. */
@QuarkusTest
class MergePageTest {

    @Inject
    PageWorld world;

    private static long version(long partyId) {
        return QuarkusTransaction.requiringNew().call(() -> Party.<Party>findById(partyId).version);
    }

    @Test
    void aLikelyDuplicateIsNamedOnItsPageAndOnlyAdministratorsSeeTheMergeButton() {
        PageWorld.Song song = world.song();
        Party twin = world.party("publisher a, " + song.tag(), PartyRole.PUBLISHER);

        Document asAdmin =
                Jsoup.parse(world.visitor(Role.ADMIN).get("/parties/" + twin.id).asString());
        Document asSupervisor = Jsoup.parse(
                world.visitor(Role.SUPERVISOR).get("/parties/" + twin.id).asString());

        assertThat(asAdmin.select(".duplicates a").text())
                .contains("Publisher A " + song.tag())
                .doesNotContain("Publisher B " + song.tag());
        assertThat(asAdmin.select(".duplicates form[action=/merges/parties/" + twin.id + "]"))
                .hasSize(1);
        assertThat(asSupervisor.select(".duplicates a").text()).contains("Publisher A " + song.tag());
        assertThat(asSupervisor.select(".duplicates form")).isEmpty();
    }

    @Test
    void anAdministratorMergesAndTheOldAddressLeadsToTheKeptParty() {
        PageWorld.Song song = world.song();
        Party kept = world.party("Publisher A Ltd " + song.tag(), PartyRole.PUBLISHER);
        Visitor admin = world.visitor(Role.ADMIN, song.production());
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Map<String, Object> form = Map.of(
                "version", version(song.publisherA()),
                "into", kept.id,
                "intoVersion", version(kept.id));

        Response refused = supervisor.post("/merges/parties/" + song.publisherA(), form);
        Response merged = admin.post("/merges/parties/" + song.publisherA(), form);
        String landed = admin.follow(merged).asString();
        Response again = admin.post("/merges/parties/" + song.publisherA(), form);
        Response old = admin.get("/parties/" + song.publisherA());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(merged.statusCode()).isEqualTo(303);
        assertThat(merged.header("Location")).endsWith("/parties/" + kept.id);
        assertThat(landed).contains("Merged Publisher A " + song.tag());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(old.statusCode()).isEqualTo(303);
        assertThat(old.header("Location")).endsWith("/parties/" + kept.id);
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> ClearanceItem.<ClearanceItem>list("cue.id", song.cue()).stream()
                                .map(i -> i.party.id)
                                .toList()))
                .contains(kept.id)
                .doesNotContain(song.publisherA());
    }

    @Test
    void aStaleVersionIsAConflictAndMovesNothing() {
        PageWorld.Song song = world.song();
        Party kept = world.party("Publisher B Ltd " + song.tag(), PartyRole.PUBLISHER);
        Visitor admin = world.visitor(Role.ADMIN, song.production());

        Response stale = admin.post(
                "/merges/parties/" + song.publisherB(),
                Map.of("version", version(song.publisherB()) + 1, "into", kept.id, "intoVersion", version(kept.id)));

        assertThat(stale.statusCode()).isEqualTo(409);
        boolean stillThere =
                QuarkusTransaction.requiringNew().call(() -> Party.<Party>findById(song.publisherB()) != null);
        assertThat(stillThere).isTrue();
    }
}
