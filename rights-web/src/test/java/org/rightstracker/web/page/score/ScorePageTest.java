package org.rightstracker.web.page.score;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.web.page.PageWorld;
import org.rightstracker.web.page.Visitor;
import org.rightstracker.web.security.Role;

/** The score pages and the delivery checklist as people use them. */
@QuarkusTest
class ScorePageTest {

    @Inject
    PageWorld world;

    @Test
    void aSupervisorMovesACueThroughItsStagesAndBackAndTheScorePageGroupsItByStage() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        assertThat(stage(supervisor, cue, 0, "SPOTTED", "").statusCode()).isEqualTo(303);
        assertThat(stage(supervisor, cue, 1, "MOCKUP_SENT", "").statusCode()).isEqualTo(303);
        Response withoutReason = stage(supervisor, cue, 2, "WRITING", "");
        assertThat(withoutReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(withoutReason.asString()).select("#reason-error").text())
                .contains("Say why 1M1 goes back from Mock-up sent to Writing");
        Response stale = stage(supervisor, cue, 1, "WRITING", "Rejected: too sweet");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stage(supervisor, cue, 2, "WRITING", "Rejected: too sweet").statusCode())
                .isEqualTo(303);

        Document cuePage =
                Jsoup.parse(supervisor.get("/cues/" + cue.id + "/score").asString());
        assertThat(cuePage.select("table.stage-history tbody tr")).hasSize(3);
        assertThat(cuePage.select("tr.went-back").text()).contains("Writing").contains("Rejected: too sweet");
        Document scorePage = Jsoup.parse(
                supervisor.get("/productions/" + song.production() + "/score").asString());
        assertThat(scorePage.select("#stages-title ~ h3").eachText()).containsExactly("Writing (1)");
        assertThat(scorePage.select("tr#cue-" + cue.id).text()).contains("1M1");
    }

    @Test
    void aScoreCuesPageLinksToItsScoreProductionAndASongsPageDoesNot() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        assertThat(viewer.get("/cues/" + cue.id).asString()).contains("href=\"/cues/" + cue.id + "/score\"");
        assertThat(viewer.get("/cues/" + song.cue()).asString()).doesNotContain("/cues/" + song.cue() + "/score");
    }

    @Test
    void aRecordingSessionMovesItsCuesToRecordedAndTheMinutesFollow() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());
        Response refused = supervisor.post(
                "/productions/" + song.production() + "/score/recording-sessions",
                Map.of("heldOn", "2026-05-04", "studio", "", "players", "-3"));
        assertThat(refused.statusCode()).isEqualTo(400);
        Document again = Jsoup.parse(refused.asString());
        assertThat(again.select("#studio-error").text()).isEqualTo("Studio is required.");
        assertThat(again.select("#players-error").text()).isEqualTo("Players is -3; at least 1.");
        assertThat(again.select("#session-heldOn").val()).isEqualTo("2026-05-04");

        Response saved = supervisor.post(
                "/productions/" + song.production() + "/score/recording-sessions",
                Map.of(
                        "heldOn", "2026-05-04",
                        "studio", "Abbey Road Studio 1",
                        "orchestra", "Page Symphonic",
                        "players", "60",
                        "conductor", "Ana Ruiz",
                        "reportNumber", "AFM-77",
                        "cueIds", Long.toString(cue.id)));

        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = Jsoup.parse(supervisor.follow(saved).asString());
        assertThat(page.select("#stages-title ~ h3").eachText()).containsExactly("Recorded (1)");
        assertThat(page.select("table.score-minutes td").get(3).text()).startsWith("0:45");
        assertThat(page.text()).contains("Abbey Road Studio 1").contains("Page Symphonic (60 players)");
    }

    @Test
    void aDeliverableIsUploadedAsADocumentAndTheDeliveryChecklistCountsIt() throws IOException {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        Response uploaded = supervisor.upload(
                "/cues/" + cue.id + "/score/deliverables",
                file("1M1 full score.musicxml", "<score-partwise/>"),
                "application/vnd.recordare.musicxml+xml",
                Map.of("kind", "Full score"));

        assertThat(uploaded.statusCode()).isEqualTo(303);
        Document cuePage = Jsoup.parse(supervisor.follow(uploaded).asString());
        assertThat(cuePage.select("ul.deliverables li").eachText())
                .contains("Present Full score: 1M1 full score.musicxml", "Missing Parts");
        String documentHref = cuePage.select("ul.deliverables a").attr("href");
        assertThat(supervisor.get(documentHref).asString()).isEqualTo("<score-partwise/>");

        Document delivery = Jsoup.parse(supervisor
                .get("/productions/" + song.production() + "/delivery")
                .asString());
        assertThat(delivery.select("#delivery-score-deliverables").text())
                .contains("1 of 5 deliverables present")
                .contains("1M1: Parts, Mix, Stems, M&E stem missing");
        assertThat(delivery.select("#delivery-album-label-copy").text()).contains("No album");
        assertThat(delivery.select("#delivery-cue-sheet a").attr("href"))
                .isEqualTo("/productions/" + song.production() + "/reports/cue-sheet");
    }

    @Test
    void theDeliveryChecklistPrintsAsPdfAndExportsAsCsvLineByLine() throws IOException {
        PageWorld.Song song = world.song();
        world.scoreCue(song.production());
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Response pdf = viewer.get("/productions/" + song.production() + "/delivery?format=pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Music delivery checklist")
                    .contains("Cue sheet issued")
                    .contains("No album");
        }
        Response csv = viewer.get("/productions/" + song.production() + "/delivery?format=csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .parse(new java.io.StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(rows.stream().filter(r -> r.size() == 6).map(r -> r.get(0)).toList())
                .contains("cue-sheet", "composer-agreement", "licences", "score-deliverables", "sign-off");
        assertThat(rows.stream()
                        .filter(r -> r.size() == 6 && r.get(0).equals("sign-off"))
                        .map(r -> r.get(2))
                        .toList())
                .containsExactly("Missing");
    }

    @Test
    void aViewerReadsTheScoreButIsOfferedNoFormAndRefusedAWrite() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor viewer = world.visitor(Role.VIEWER, song.production());

        Document page = Jsoup.parse(
                viewer.get("/productions/" + song.production() + "/score").asString());
        assertThat(page.select("h1").text()).startsWith("Score");
        assertThat(page.select("main form[method=post], form[method=post]:not([action=/logout])"))
                .isEmpty();
        assertThat(Jsoup.parse(viewer.get("/cues/" + cue.id + "/score").asString())
                        .select("form[method=post]:not([action=/logout])"))
                .isEmpty();
        assertThat(stage(viewer, cue, 0, "SPOTTED", "").statusCode()).isEqualTo(403);
    }

    @Test
    void anotherTeamsScoreIsNotFoundAndASongHasNoScorePage() {
        PageWorld.Song song = world.song();
        Cue cue = world.scoreCue(song.production());
        Visitor outsider = world.visitor(Role.SUPERVISOR);
        Visitor supervisor = world.visitor(Role.SUPERVISOR, song.production());

        assertThat(outsider.get("/productions/" + song.production() + "/score").statusCode())
                .isEqualTo(404);
        assertThat(outsider.get("/cues/" + cue.id + "/score").statusCode()).isEqualTo(404);
        assertThat(outsider.get("/productions/" + song.production() + "/delivery")
                        .statusCode())
                .isEqualTo(404);
        assertThat(supervisor.get("/cues/" + song.cue() + "/score").statusCode())
                .isEqualTo(404);
    }

    private static Response stage(Visitor visitor, Cue cue, int version, String stage, String reason) {
        return visitor.post(
                "/cues/" + cue.id + "/score/stages",
                Map.of(
                        "version",
                        Integer.toString(version),
                        "stage",
                        stage,
                        "on",
                        LocalDate.now().toString(),
                        "reason",
                        reason));
    }

    private static File file(String name, String content) throws IOException {
        Path dir = Files.createTempDirectory("deliverable");
        Path path = dir.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        path.toFile().deleteOnExit();
        return path.toFile();
    }
}
