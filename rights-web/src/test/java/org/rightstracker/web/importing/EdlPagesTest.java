package org.rightstracker.web.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.importing.edl.ClipAlias;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** The EDL pages: from the production page to upload, preview with links, apply; refusals and conflicts. */
@QuarkusTest
class EdlPagesTest {

    @Inject
    PageWorld world;

    @Inject
    CueService cueService;

    static File edl(String... lines) throws IOException {
        File file = File.createTempFile("cut-", ".edl");
        file.deleteOnExit();
        Files.writeString(
                file.toPath(),
                "TITLE: PAGE CUT\nFCM: NON-DROP FRAME\n" + String.join("\n", lines) + "\n",
                StandardCharsets.UTF_8);
        return file;
    }

    static String event(int number, String clip, String in, String out) {
        return String.format(
                "%03d  AX       A     C        00:00:00:00 00:00:10:00 %s %s%n* FROM CLIP NAME: %s",
                number, in, out, clip);
    }

    private List<Cue> cues(long productionId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> Cue.<Cue>list("production.id = ?1 order by number", productionId));
    }

    @Test
    void aRecutIsPreviewedWithLinksAndAppliedFromTheProductionPage() throws IOException {
        PageWorld.Song song = world.song();
        PageWorld.Song other = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Document production = Jsoup.parse(
                supervisor.get("/productions/" + song.production()).body().asString());
        assertThat(production
                        .select("a[href=/productions/" + song.production() + "/edl]")
                        .text())
                .isEqualTo("Import EDL");
        assertThat(supervisor.get("/productions/" + song.production() + "/edl").statusCode())
                .isEqualTo(200);

        String unmatchedClip = "Unknown temp " + PageWorld.unique("clip") + ".wav";
        Response upload = supervisor.upload(
                "/productions/" + song.production() + "/edl",
                edl(
                        event(1, "Recording " + song.tag() + ".wav", "01:00:00:00", "01:00:30:00"),
                        event(2, unmatchedClip, "01:05:00:00", "01:05:10:00")),
                "text/plain",
                Map.of("frameRate", "24"));
        assertThat(upload.statusCode()).as(upload.body().asString()).isEqualTo(303);
        String preview = upload.header("Location");
        assertThat(preview).endsWith("?frameRate=24");

        Document page = Jsoup.parse(supervisor.get(preview).body().asString());
        assertThat(page.select("h1").text()).startsWith("Recut:");
        assertThat(page.text())
                .contains("2M14")
                .contains("retimed")
                .contains("1M1")
                .contains("Clearance");
        assertThat(cues(song.production())).as("the preview wrote nothing").hasSize(1);
        String link = page.select("select[name=link] option").stream()
                .filter(o -> o.text().contains("Recording " + other.tag()))
                .findFirst()
                .orElseThrow()
                .attr("value");

        Document linked = Jsoup.parse(supervisor
                .request()
                .queryParam("frameRate", "24")
                .queryParam("link", link)
                .get(preview.substring(0, preview.indexOf('?')))
                .body()
                .asString());
        assertThat(linked.select("select[name=link]")).isEmpty();
        assertThat(linked.text()).contains("by linked now");
        String basis = linked.select("input[name=basis]").val();
        List<String> links = new ArrayList<>();
        linked.select("input[name=link]").forEach(i -> links.add(i.val()));
        assertThat(links).containsExactly(link);

        String apply = linked.select("form[action$=/commit]").attr("action");
        assertThat(linked.select("form[action$=/commit] input[name=frameRate]").val())
                .isEqualTo("24");
        Response commit = supervisor.post(apply, Map.of("frameRate", "24", "basis", basis, "link", links));
        assertThat(commit.statusCode()).as(commit.body().asString()).isEqualTo(303);
        assertThat(commit.header("Location")).endsWith("/productions/" + song.production());
        assertThat(supervisor.follow(commit).body().asString()).contains("1 new cue(s), 1 changed");
        List<Cue> cues = cues(song.production());
        assertThat(cues)
                .extracting(c -> c.number, c -> c.timecodeIn, c -> c.durationSeconds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1M1", "01:05:00:00", 10),
                        org.assertj.core.groups.Tuple.tuple("2M14", "01:00:00:00", 30));
        long aliases = QuarkusTransaction.requiringNew().call(() -> ClipAlias.count("recording.id", other.recording()));
        assertThat(aliases).isEqualTo(1);
    }

    @Test
    void aCueEditedBetweenPreviewAndApplyIsAConflictAndNothingIsApplied() throws IOException {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Response upload = supervisor.upload(
                "/productions/" + song.production() + "/edl",
                edl(event(1, "Recording " + song.tag(), "01:00:00:00", "01:00:30:00")),
                "text/plain",
                Map.of());
        String preview = upload.header("Location");
        String basis = Jsoup.parse(supervisor.get(preview).body().asString())
                .select("input[name=basis]")
                .val();
        Cue cue = cues(song.production()).get(0);
        cueService.update(
                cue.id, cue.version, PageWorld.cueInput("2M14", "Renamed meanwhile", song.work(), song.recording()));

        Response commit = supervisor.post(preview + "/commit", Map.of("basis", basis));

        assertThat(commit.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(commit.body().asString()).select("[role=alert]").text())
                .contains("2M14 (edited)")
                .contains("Nothing was applied");
        assertThat(cues(song.production()).get(0).timecodeIn).isNull();
    }

    @Test
    void badFilesAndAnEmptyApplyAreRefusedWithAMessage() throws IOException {
        PageWorld.Song song = world.song();
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        String path = "/productions/" + song.production() + "/edl";

        Response nothing = supervisor.uploadNothing(path, Map.of());
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(nothing.body().asString()).contains("The file is empty.");
        Response badRate = supervisor.upload(
                path, edl(event(1, "x", "01:00:00:00", "01:00:01:00")), "text/plain", Map.of("frameRate", "27"));
        assertThat(badRate.statusCode()).isEqualTo(400);
        assertThat(badRate.body().asString()).contains("Unknown frame rate");

        Response broken = supervisor.upload(
                path, edl("001  AX  A  C  00:00:00:00 00:00:10:00 01:00:10:00 01:00:00:00"), "text/plain", Map.of());
        String preview = broken.header("Location");
        Document page = Jsoup.parse(supervisor.get(preview).body().asString());
        assertThat(page.text()).contains("Record out 01:00:00:00 is before record in 01:00:10:00");
        assertThat(page.select("form[action$=/commit] button:not([formmethod])"))
                .isEmpty();
        Response apply = supervisor.post(
                preview + "/commit",
                Map.of("basis", page.select("input[name=basis]").val()));
        assertThat(apply.statusCode()).isEqualTo(422);
        Response empty = supervisor.post(preview + "/commit", Map.of());
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body().asString()).contains("Basis is missing");
        assertThat(cues(song.production())).hasSize(1);
    }

    @Test
    void onlyThoseWhoMayImportSeeAndReachTheEdlImport() {
        PageWorld.Song song = world.song();
        Visitor viewer = world.visitor(Role.VIEWER, song.production());
        Document production = Jsoup.parse(
                viewer.get("/productions/" + song.production()).body().asString());

        assertThat(production.select("a[href=/productions/" + song.production() + "/edl]"))
                .isEmpty();
        assertThat(viewer.get("/productions/" + song.production() + "/edl").statusCode())
                .isEqualTo(403);
        Visitor outsider = world.visitor(Role.SUPERVISOR);
        assertThat(outsider.get("/productions/" + song.production() + "/edl").statusCode())
                .isEqualTo(404);
    }
}
