package org.rightstracker.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.work.Work;
import org.rightstracker.web.security.Role;

/**
 * The one list/detail/delete shape of the work, recording and party pages, checked on each kind: the
 * delete is version-checked and refused while the record is used, and the recording's share editor is
 * the same as the work's.
 */
@QuarkusTest
class CatalogueListDetailTest {

    @Inject
    PageWorld world;

    @Test
    void recordsStillUsedAreNotDeletedAndTheRefusalSaysWhatUsesThem() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR);

        Response work = supervisor.post("/works/" + song.work() + "/delete", Map.of("version", "0"));
        Response party = supervisor.post("/parties/" + song.publisherA() + "/delete", Map.of("version", "0"));

        assertThat(work.statusCode()).isEqualTo(409);
        assertThat(work.asString()).contains("is used by 1 cue(s); unlink them first.");
        assertThat(party.statusCode()).isEqualTo(409);
        assertThat(party.asString()).contains("still owns shares, licences or productions");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Work.count("id", song.work())))
                .isEqualTo(1L);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Party.count("id", song.publisherA())))
                .isEqualTo(1L);
    }

    @Test
    void aStaleDeleteIsRefusedAndACurrentOneRemovesTheRecordFromItsList() {
        String tag = PageWorld.unique("Gone");
        Party party = world.party("Lonely " + tag, PartyRole.PUBLISHER);
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> renamed = CatalogueTest.partyForm("Lonely renamed " + tag);
        assertThat(supervisor.post("/parties/" + party.id, renamed).statusCode())
                .isEqualTo(303);

        Response stale = supervisor.post("/parties/" + party.id + "/delete", Map.of("version", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(QuarkusTransaction.requiringNew().call(() -> Party.count("id", party.id)))
                .isEqualTo(1L);

        Response deleted = supervisor.post("/parties/" + party.id + "/delete", Map.of("version", "1"));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.header("Location")).endsWith("/parties");
        assertThat(supervisor.follow(deleted).asString()).contains("Deleted Lonely renamed " + tag + ".");
        assertThat(supervisor.get("/parties?q=" + tag).asString()).contains("No party is called anything like");
        assertThat(supervisor.get("/parties/" + party.id).statusCode()).isEqualTo(404);
    }

    @Test
    void anUnusedRecordingIsDeletedWithItsKindNamedAndViewersMayNotDelete() {
        String tag = PageWorld.unique("Take");
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> form = CatalogueTest.recordingForm("Take " + tag, "");
        form.put("ownerParty", List.of(""));
        form.put("ownerShare", List.of(""));
        Response created = supervisor.post("/recordings", form);
        assertThat(created.statusCode()).isEqualTo(303);
        long id = Long.parseLong(created.header("Location").replaceAll(".*/", ""));

        Response refused = world.visitor(Role.VIEWER).post("/recordings/" + id + "/delete", Map.of("version", "0"));
        assertThat(refused.statusCode()).isEqualTo(403);

        Response deleted = supervisor.post("/recordings/" + id + "/delete", Map.of("version", "0"));
        assertThat(supervisor.follow(deleted).asString()).contains("Deleted the recording Take " + tag + ".");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Recording.count("id", id)))
                .isZero();
    }

    @Test
    void theRecordingsOwnerRowsUseTheSameShareEditorAsTheWork() {
        String tag = PageWorld.unique("Owners");
        world.party("Label " + tag, PartyRole.RECORD_LABEL);
        Visitor supervisor = world.visitor(Role.SUPERVISOR);
        Map<String, Object> form = CatalogueTest.recordingForm("Take " + tag, "");
        form.put("ownerParty", List.of("Label " + tag, "Nobody known " + tag));
        form.put("ownerShare", List.of("60", "50"));

        form.put("action", "add-owner");
        String added = supervisor
                .post("/recordings", form)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(added.split("name=\"ownerParty\"", -1)).hasSize(1 + 3 + 1);
        assertThat(added).contains("<strong>110%</strong> Over by 10%");

        form.put("action", "remove-owner-1");
        String removed = supervisor
                .post("/recordings", form)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(removed).contains("value=\"Label " + tag + "\"").doesNotContain("Nobody known " + tag);

        form.put("action", "save");
        Response refused = supervisor.post("/recordings", form);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.asString())
                .contains("id=\"owners-1-partyId\"")
                .contains("value=\"Nobody known " + tag + "\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Recording.count("title", "Take " + tag)))
                .isZero();
    }
}
