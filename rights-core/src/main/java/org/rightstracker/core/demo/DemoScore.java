package org.rightstracker.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.score.DeliverableKind;
import org.rightstracker.core.score.ScoreInputs;
import org.rightstracker.core.score.ScoreService;
import org.rightstracker.core.score.ScoreStage;
import org.rightstracker.core.score.SpottingSession;

/**
 * The demo feature film's score production: a spotting session, cues at every stage from spotted to
 * delivered (2M1's mock-up was rejected and went back to writing), one recording session, one cue late
 * and most deliverables still missing. Written through {@link ScoreService}, in the demo's transaction.
 */
@ApplicationScoped
public class DemoScore {

    static final String FILM = "Northern Lights Over Harrow";
    static final String DIRECTOR = "Maya Lind (director)";

    @Inject
    ScoreService score;

    private LocalDate today;
    private Map<String, Cue> cues;

    public void load(LocalDate today) {
        this.today = today;
        Production film = Production.<Production>find("title", FILM).firstResult();
        if (film == null) {
            return;
        }
        cues = Cue.<Cue>list("production.id", film.id).stream().collect(Collectors.toMap(c -> c.number, c -> c));
        score.updatePlan(film.id, film.version, new ScoreInputs.Plan(42, DeliverableKind.DEFAULTS));
        SpottingSession spotting = score.addSpottingSession(
                film.id,
                new ScoreInputs.Spotting(
                        day(-60),
                        DIRECTOR + ", Jonas Berg (composer), Priya Shah (music editor)",
                        "Reels 1 to 3 spotted; reels 4 and 5 after the picture lock."));
        notes("1M1", spotting, "Wonder, the bay opening up at dawn", "Let the strings breathe; no percussion.", -10);
        notes("1M2", spotting, "Unease climbing the stair", "Hold back until the door creaks.", 10);
        notes("2M1", spotting, "Loneliness, the first winter", "Not sentimental; cold and bare.", -3);
        notes("2M2", spotting, "Pursuit, then loss", "Drive it, then cut to silence at the pier.", 20);

        for (String number : List.of("1M1", "1M2", "1M3")) {
            stages(number, ScoreStage.SPOTTED, -60, ScoreStage.WRITING, -55, ScoreStage.MOCKUP_SENT, -45);
            stage(number, ScoreStage.MOCKUP_APPROVED, -40, DIRECTOR, null);
            stage(number, ScoreStage.ORCHESTRATED, -30, null, null);
        }
        score.addRecordingSession(
                film.id,
                new ScoreInputs.Session(
                        day(-20),
                        "Harbour Sound, Studio 2",
                        "Harrow Chamber Orchestra",
                        38,
                        "Elin Vass",
                        "AFM-2026-0412",
                        "Two three-hour sessions; 1M3 needed a pickup for the horn line.",
                        List.of(cues.get("1M1").id, cues.get("1M2").id, cues.get("1M3").id)));
        stage("1M1", ScoreStage.MIXED, -12, null, null);
        stage("1M1", ScoreStage.DELIVERED, -5, null, null);
        stage("1M2", ScoreStage.MIXED, -8, null, null);

        stages("2M1", ScoreStage.SPOTTED, -60, ScoreStage.WRITING, -50, ScoreStage.MOCKUP_SENT, -30);
        stage(
                "2M1",
                ScoreStage.WRITING,
                -25,
                DIRECTOR,
                "Mock-up rejected: too sentimental for the frost scene; try solo cello.");
        stage("2M1", ScoreStage.MOCKUP_SENT, -10, null, null);
        stages("2M2", ScoreStage.SPOTTED, -60, ScoreStage.WRITING, -20, null, 0);
        stages("2M3", ScoreStage.SPOTTED, -60, ScoreStage.WRITING, -15, null, 0);
        stage("3M1", ScoreStage.SPOTTED, -60, null, null);

        deliverable("1M1", "Full score", "1M1 Opening Over the Bay - full score.pdf", "%PDF-1.4 demo full score");
        deliverable("1M1", "Mix", "1M1 Opening Over the Bay - mix.wav", "RIFF demo mix");
        deliverable(
                "1M2",
                "Full score",
                "1M2 The Keeper's Stair - full score.musicxml",
                "<?xml version=\"1.0\"?><score-partwise version=\"4.0\"/>");
    }

    private void notes(String number, SpottingSession session, String intent, String note, int targetInDays) {
        score.updateCueNotes(
                cues.get(number).id, 0, new ScoreInputs.CueNotes(session.id, intent, note, day(targetInDays)));
    }

    private void stages(String number, ScoreStage a, int aDay, ScoreStage b, int bDay, ScoreStage c, int cDay) {
        stage(number, a, aDay, null, null);
        stage(number, b, bDay, null, null);
        if (c != null) {
            stage(number, c, cDay, null, null);
        }
    }

    private void stage(String number, ScoreStage stage, int inDays, String signedBy, String reason) {
        Cue cue = cues.get(number);
        score.recordStage(
                cue.id, score.history(cue.id).size(), new ScoreInputs.Stage(stage, day(inDays), signedBy, reason));
    }

    private void deliverable(String number, String kind, String fileName, String content) {
        score.attachDeliverable(
                cues.get(number).id,
                kind,
                fileName,
                fileName.endsWith(".pdf") ? "application/pdf" : "application/octet-stream",
                new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    private LocalDate day(int inDays) {
        return today.plusDays(inDays);
    }
}
