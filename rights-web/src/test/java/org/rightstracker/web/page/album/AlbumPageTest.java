package org.rightstracker.web.page.album;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.album.Album;
import org.rightstracker.core.album.AlbumRight;
import org.rightstracker.core.album.AlbumTrack;
import org.rightstracker.core.album.engine.AlbumRightKind;
import org.rightstracker.core.album.engine.AlbumRightStatus;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

@QuarkusTest
class AlbumPageTest {

    @Inject
    PageWorld world;

    @Test
    void aSupervisorCreatesAnAlbumAddsACueAsTrackAndLicensesItsRightsFromThePage() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response created = supervisor.post(
                "/productions/" + song.production() + "/albums",
                Map.of("title", "Page Album " + song.tag(), "gtin", "4006381333931", "pLine", "\u2117 2026 Label"));
        assertThat(created.statusCode()).isEqualTo(303);
        long albumId = albumId("Page Album " + song.tag());
        String production = supervisor.get("/productions/" + song.production()).asString();
        assertThat(production).contains("/productions/" + song.production() + "/albums/" + albumId);

        Response added = supervisor.post(
                "/productions/" + song.production() + "/albums/" + albumId + "/tracks",
                Map.of("version", version(albumId), "cueId", song.cue()));
        assertThat(added.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(supervisor
                .get("/productions/" + song.production() + "/albums/" + albumId)
                .asString());
        assertThat(page.select("article.track h3").text()).startsWith("1. ");
        assertThat(page.select("article.track td").eachText()).contains("Master licence", "Mechanical licence");

        AlbumRight master = right(albumId, AlbumRightKind.MASTER);
        Response licensed = supervisor.post(
                "/productions/" + song.production() + "/albums/" + albumId + "/rights/" + master.id,
                Map.of(
                        "version",
                        master.version,
                        "status",
                        "LICENSED",
                        "feeModel",
                        "FLAT_FEE",
                        "fee",
                        "1500",
                        "currency",
                        "USD"));
        assertThat(licensed.statusCode()).isEqualTo(303);
        AlbumRight saved = right(albumId, AlbumRightKind.MASTER);
        assertThat(saved.status).isEqualTo(AlbumRightStatus.LICENSED);
        assertThat(saved.fee).isEqualByComparingTo("1500");
    }

    @Test
    void aStaleTrackListFormComesBackAsAConflictAndAddsNothing() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/productions/" + song.production() + "/albums", Map.of("title", "Stale " + song.tag()));
        long albumId = albumId("Stale " + song.tag());
        long opened = version(albumId);
        supervisor.post(
                "/productions/" + song.production() + "/albums/" + albumId + "/tracks",
                Map.of("version", opened, "cueId", song.cue()));

        Response stale = supervisor.post(
                "/productions/" + song.production() + "/albums/" + albumId + "/tracks",
                Map.of("version", opened, "cueId", song.cue()));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.asString()).contains("Someone else changed this album");
        assertThat(trackCount(albumId)).isEqualTo(1);
    }

    @Test
    void aWrongCheckDigitIsShownAtTheFieldAndNothingIsCreated() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        long before = QuarkusTransaction.requiringNew().<Long>call(() -> Album.count());

        Response refused = supervisor.post(
                "/productions/" + song.production() + "/albums", Map.of("title", "Bad code", "gtin", "4006381333932"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document form = Jsoup.parse(refused.asString());
        assertThat(form.select("#gtin-error").text()).isEqualTo("UPC/EAN 4006381333932 has check digit 2; expected 1.");
        assertThat(QuarkusTransaction.requiringNew().<Long>call(() -> Album.count()))
                .isEqualTo(before);
    }

    @Test
    void aViewerReadsTheAlbumAndItsReportsButIsOfferedNoFormAndRefusedAWrite() {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        supervisor.post("/productions/" + song.production() + "/albums", Map.of("title", "Viewed " + song.tag()));
        long albumId = albumId("Viewed " + song.tag());
        supervisor.post(
                "/productions/" + song.production() + "/albums/" + albumId + "/tracks",
                Map.of("version", version(albumId), "cueId", song.cue()));
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Document page = Jsoup.parse(viewer.get("/productions/" + song.production() + "/albums/" + albumId)
                .asString());
        assertThat(page.select("form[method=post][action^=/productions/]")).isEmpty();
        assertThat(page.select("a[href=/albums/" + albumId + "/checklist]")).hasSize(1);
        assertThat(viewer.get("/albums/" + albumId + "/checklist").asString()).contains("Album clearance checklist");
        assertThat(viewer.get("/albums/" + albumId + "/label-copy?format=csv").statusCode())
                .isEqualTo(200);
        assertThat(viewer.post(
                                "/productions/" + song.production() + "/albums/" + albumId + "/tracks",
                                Map.of("version", version(albumId), "cueId", song.cue()))
                        .statusCode())
                .isEqualTo(403);
        assertThat(world.visitor(Role.VIEWER)
                        .get("/albums/" + albumId + "/checklist")
                        .statusCode())
                .as("someone outside the production's team")
                .isEqualTo(404);
    }

    private static long albumId(String title) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Album.<Album>find("title", title).firstResult().id);
    }

    private static long version(long albumId) {
        return QuarkusTransaction.requiringNew().call(() -> Album.<Album>findById(albumId).version);
    }

    private static int trackCount(long albumId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Album.<Album>findById(albumId).tracks.size());
    }

    private static AlbumRight right(long albumId, AlbumRightKind kind) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AlbumTrack track = Album.<Album>findById(albumId).tracks.get(0);
            return track.rights.stream().filter(r -> r.kind == kind).findFirst().orElseThrow();
        });
    }
}
