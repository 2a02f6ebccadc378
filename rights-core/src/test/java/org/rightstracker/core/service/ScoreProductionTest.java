package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.RecordingSession;
import org.rightstracker.core.score.ScoreBoard;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreOverview;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.score.ScoreStage;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.FieldError;
import org.rightstracker.core.shared.ValidationException;

@QuarkusTest
class ScoreProductionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Inject
    TestCatalogue catalogue;

    @Inject
    ScoreService score;

    @Inject
    ScoreBoard board;

    @Test
    void aRejectedMockupGoesBackToWritingWithItsReasonAndTheHistoryKeepsEveryStep() {
        Production film = catalogue.film(true, TODAY);
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        stage(cue, ScoreStage.SPOTTED, TODAY.minusDays(10));
        stage(cue, ScoreStage.WRITING, TODAY.minusDays(9));
        stage(cue, ScoreStage.MOCKUP_SENT, TODAY.minusDays(5));

        assertThatThrownBy(() -> score.recordStage(
                        cue.id, 3, new ScoreInputs.Stage(ScoreStage.WRITING, TODAY.minusDays(2), "Director", null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("reason"));
        score.recordStage(
                cue.id,
                3,
                new ScoreInputs.Stage(ScoreStage.WRITING, TODAY.minusDays(2), "Director", "Too sweet for the scene"));

        ScoreOverview.CueRow row = row(film, cue);
        assertThat(row.stage()).isEqualTo(ScoreStage.WRITING);
        assertThat(row.history())
                .extracting(ScoreOverview.Step::stage)
                .containsExactly(ScoreStage.SPOTTED, ScoreStage.WRITING, ScoreStage.MOCKUP_SENT, ScoreStage.WRITING);
        ScoreOverview.Step back = row.history().get(3);
        assertThat(back.back()).isTrue();
        assertThat(back.reason()).isEqualTo("Too sweet for the scene");
        assertThat(back.signedBy()).isEqualTo("Director");
        assertThat(row.history().get(2).back()).isFalse();
    }

    @Test
    void aStageRecordedFromAStaleViewIsAConflictAndTheSameStageTwiceIsRefused() {
        Production film = catalogue.film(true, TODAY);
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        stage(cue, ScoreStage.SPOTTED, TODAY);

        assertThatThrownBy(() ->
                        score.recordStage(cue.id, 0, new ScoreInputs.Stage(ScoreStage.WRITING, TODAY, null, null)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() ->
                        score.recordStage(cue.id, 1, new ScoreInputs.Stage(ScoreStage.SPOTTED, TODAY, null, null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("stage"));
        assertThat(row(film, cue).history()).hasSize(1);
    }

    @Test
    void onlyScoreCuesHaveStages() {
        Production film = catalogue.film(true, TODAY);
        Cue song = catalogue.cue(film, "1M2", CueOrigin.SOUNDTRACK, null, null);

        assertThatThrownBy(() ->
                        score.recordStage(song.id, 0, new ScoreInputs.Stage(ScoreStage.SPOTTED, TODAY, null, null)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("not score");
    }

    @Test
    void minutesWrittenApprovedRecordedAndDeliveredAddUpTheCuesAtOrPastEachMilestone() {
        Production film = catalogue.film(true, TODAY);
        score.updatePlan(film.id, film.version, new ScoreInputs.Plan(10, List.of("Full score")));
        Cue delivered = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Cue approved = catalogue.cue(film, "1M2", CueOrigin.SCORE, null, null);
        Cue writing = catalogue.cue(film, "1M3", CueOrigin.SCORE, null, null);
        catalogue.cue(film, "1M4", CueOrigin.SCORE, null, null);
        stage(delivered, ScoreStage.DELIVERED, TODAY);
        stage(approved, ScoreStage.MOCKUP_APPROVED, TODAY);
        stage(writing, ScoreStage.WRITING, TODAY);

        ScoreOverview overview = board.load(film.id, TODAY);

        // Every test cue runs 45 seconds.
        assertThat(overview.minutes()).isEqualTo(new ScoreOverview.Minutes(600, 90, 90, 45, 45));
        assertThat(overview.byStage())
                .extracting(ScoreOverview.StageGroup::label)
                .containsExactly("Not started", "Writing", "Mock-up approved", "Delivered");
    }

    @Test
    void aCueIsLateWhenItsTargetDatePassedBeforeItWasDelivered() {
        Production film = catalogue.film(true, TODAY);
        Cue overdue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Cue deliveredInTime = catalogue.cue(film, "1M2", CueOrigin.SCORE, null, null);
        Cue dueLater = catalogue.cue(film, "1M3", CueOrigin.SCORE, null, null);
        target(overdue, TODAY.minusDays(1));
        target(deliveredInTime, TODAY.minusDays(1));
        target(dueLater, TODAY.plusDays(1));
        stage(deliveredInTime, ScoreStage.DELIVERED, TODAY.minusDays(3));
        stage(overdue, ScoreStage.MIXED, TODAY.minusDays(3));

        assertThat(board.load(film.id, TODAY).lateCues())
                .extracting(ScoreOverview.CueRow::number)
                .containsExactly("1M1");
    }

    @Test
    void aRecordingSessionMarksItsCuesRecordedUnlessTheyAreAlreadyPastIt() {
        Production film = catalogue.film(true, TODAY);
        Cue orchestrated = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        Cue mixed = catalogue.cue(film, "1M2", CueOrigin.SCORE, null, null);
        stage(orchestrated, ScoreStage.ORCHESTRATED, TODAY.minusDays(3));
        stage(mixed, ScoreStage.MIXED, TODAY.minusDays(3));

        RecordingSession session = score.addRecordingSession(
                film.id,
                new ScoreInputs.Session(
                        TODAY,
                        "Air Studios",
                        "Chamber Orchestra",
                        32,
                        "Ana Ruiz",
                        "AFM-2026-118",
                        null,
                        List.of(orchestrated.id, mixed.id)));

        ScoreOverview overview = board.load(film.id, TODAY);
        ScoreOverview.CueRow first = row(overview, orchestrated);
        assertThat(first.stage()).isEqualTo(ScoreStage.RECORDED);
        assertThat(first.history().get(1).recordingSessionId()).isEqualTo(session.id);
        assertThat(first.history().get(1).signedBy()).isEqualTo("Ana Ruiz");
        assertThat(row(overview, mixed).stage()).isEqualTo(ScoreStage.MIXED);
        assertThat(overview.recordingSessions()).singleElement().satisfies(s -> {
            assertThat(s.cueNumbers()).containsExactly("1M1", "1M2");
            assertThat(s.players()).isEqualTo(32);
        });
    }

    @Test
    void aRecordingSessionRefusesCuesThatAreNotThisProductionsScoreAndWritesNothing() {
        Production film = catalogue.film(true, TODAY);
        Cue song = catalogue.cue(film, "1M1", CueOrigin.SOUNDTRACK, null, null);

        assertThatThrownBy(() -> score.addRecordingSession(
                        film.id,
                        new ScoreInputs.Session(
                                TODAY, " ", null, 0, null, null, null, java.util.Arrays.asList(song.id, null))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("studio", "players", "cueIds[0]", "cueIds[1]"));
        assertThat(board.load(film.id, TODAY).recordingSessions()).isEmpty();
    }

    @Test
    void deliverablesArePresentAsDocumentsOrMissingPerKindOfTheProductionsList() {
        Production film = catalogue.film(true, TODAY);
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);

        assertThat(row(film, cue).missingDeliverables())
                .containsExactly("Full score", "Parts", "Mix", "Stems", "M&E stem");
        score.attachDeliverable(cue.id, "full score", "1M1.musicxml", "application/vnd.recordare.musicxml+xml", file());
        ScoreOverview.CueRow row = row(film, cue);
        assertThat(row.deliverables().get(0).fileName()).isEqualTo("1M1.musicxml");
        assertThat(row.missingDeliverables()).containsExactly("Parts", "Mix", "Stems", "M&E stem");

        assertThatThrownBy(() -> score.attachDeliverable(cue.id, "Full score", "again.pdf", "application/pdf", file()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> score.attachDeliverable(cue.id, "Trailer cut", "x.pdf", "application/pdf", file()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(fields(e)).containsExactly("kind"));

        long version = QuarkusTransaction.requiringNew().call(() -> Production.<Production>findById(film.id).version);
        assertThatThrownBy(() -> score.updatePlan(film.id, version, new ScoreInputs.Plan(null, List.of("Stems"))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Full score has delivered files");
        score.updatePlan(film.id, version, new ScoreInputs.Plan(null, List.of("Full score", "Stems")));
        assertThat(row(film, cue).missingDeliverables()).containsExactly("Stems");
    }

    @Test
    void aStalePlanFormIsAConflict() {
        Production film = catalogue.film(true, TODAY);
        score.updatePlan(film.id, film.version, new ScoreInputs.Plan(40, List.of("Full score")));

        assertThatThrownBy(() -> score.updatePlan(film.id, film.version, new ScoreInputs.Plan(50, List.of("Mix"))))
                .isInstanceOf(ConflictException.class);
        assertThat(board.load(film.id, TODAY).plannedMinutes()).isEqualTo(40);
    }

    @Test
    void spottingNotesLinkACueToTheSessionItWasSpottedAt() {
        Production film = catalogue.film(true, TODAY);
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SCORE, null, null);
        var session = score.addSpottingSession(
                film.id, new ScoreInputs.Spotting(TODAY.minusDays(20), "Director, composer, music editor", null));

        score.updateCueNotes(
                cue.id, 0, new ScoreInputs.CueNotes(session.id, "Dread, then relief", "Hold back the brass", null));

        ScoreOverview overview = board.load(film.id, TODAY);
        assertThat(row(overview, cue).emotionalIntent()).isEqualTo("Dread, then relief");
        assertThat(overview.spottingSessions())
                .singleElement()
                .satisfies(s -> assertThat(s.cueNumbers()).containsExactly("1M1"));
        assertThatThrownBy(() -> score.updateCueNotes(cue.id, 0, new ScoreInputs.CueNotes(null, "x", null, null)))
                .isInstanceOf(ConflictException.class);
    }

    private void stage(Cue cue, ScoreStage stage, LocalDate on) {
        long seen = score.history(cue.id).size();
        score.recordStage(cue.id, seen, new ScoreInputs.Stage(stage, on, null, null));
    }

    private void target(Cue cue, LocalDate date) {
        score.updateCueNotes(cue.id, 0, new ScoreInputs.CueNotes(null, null, null, date));
    }

    private ScoreOverview.CueRow row(Production film, Cue cue) {
        return row(board.load(film.id, TODAY), cue);
    }

    private static ScoreOverview.CueRow row(ScoreOverview overview, Cue cue) {
        return overview.cues().stream()
                .filter(r -> r.cueId() == cue.id)
                .findFirst()
                .orElseThrow();
    }

    static List<String> fields(Throwable e) {
        return ((ValidationException) e)
                .errors().stream().map(FieldError::field).toList();
    }

    static ByteArrayInputStream file() {
        return new ByteArrayInputStream("<score-partwise/>".getBytes(StandardCharsets.UTF_8));
    }
}
