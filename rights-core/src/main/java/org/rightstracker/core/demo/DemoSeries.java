package org.rightstracker.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeasonInput;
import org.rightstracker.core.series.Series;
import org.rightstracker.core.series.SeriesInput;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

/**
 * The demo series "Harrow Bay": two seasons, five episodes (the demo's episode 103 among them) inheriting
 * the series' plan and currency, and the opening-title song "Tidewater" licensed once for the whole
 * series — sync and master, main title up to 0:45 — so every episode's opening titles are cleared by
 * one deal. A reprise of the song in season 2, used longer and as background vocal, shows a cue that
 * the series licence's granted use does not cover.
 */
@ApplicationScoped
class DemoSeries {

    @Inject
    SeriesService seriesService;

    @Inject
    ProductionService productions;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    CueService cues;

    @Inject
    LicenceService licences;

    @Inject
    LicenceUses uses;

    void load(DemoCast cast, LocalDate today) {
        LocalDate start = today.plusMonths(2);
        Series series = seriesService.create(
                new SeriesInput("Harrow Bay", cast.studio.id, "GBP", "FREE_TV,SVOD", "GB,IE", "", start, 10, null));
        Season one = seriesService.addSeason(series.id, new SeasonInput(1, null, "25000"));
        Season two = seriesService.addSeason(series.id, new SeasonInput(2, "Low Water", "30000"));

        Production existing = Production.<Production>find("title", "Harrow Bay — The Crossing")
                .firstResult();
        List<Production> episodes = new ArrayList<>();
        episodes.add(episode(one, "101", "Harbour Lights"));
        episodes.add(episode(one, "102", "Slack Tide"));
        episodes.add(seriesService.placeEpisode(existing.id, existing.version, one.id, 3, false));
        episodes.add(episode(two, "201", "Low Water"));
        episodes.add(episode(two, "202", "The Sandbar"));

        Work song = works.create(new WorkInput(
                "Tidewater",
                null,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(cast.composer.id, "100", WriterDesignation.CA, null, false)),
                List.of(new WorkInput.Publisher(cast.harbourSongs.id, "100", PublisherRole.ORIGINAL_PUBLISHER, null))));
        Recording recording = recordings.create(new RecordingInput(
                "Tidewater",
                "The Harrow Singers",
                "GBNLT2600001",
                2026,
                "3:12",
                song.id,
                null,
                List.of(new RecordingInput.Owner(cast.northlight.id, "100"))));
        List<Cue> titles = new ArrayList<>();
        for (Production episode : episodes) {
            titles.add(cue(episode, "0M1", "Opening Titles — Tidewater", CueUsage.MT, 40, song, recording));
        }
        cue(episodes.get(4), "3M2", "Tidewater (reprise)", CueUsage.BV, 70, song, recording);

        // One deal per side for the whole series, stored on the first episode's opening titles.
        Cue first = Cue.findById(titles.get(0).id);
        for (ClearanceItem item : List.copyOf(first.items)) {
            if (item.side == ClearanceSide.SYNC || item.side == ClearanceSide.MASTER) {
                seriesLicence(item, item.side == ClearanceSide.SYNC ? "6000" : "9000", start, today);
            }
        }
    }

    /** An episode with nothing of its own: plan, studio and currency come from the series. */
    private Production episode(Season season, String number, String title) {
        Production created = productions.create(new ProductionInput(
                "Harrow Bay — " + title,
                ProductionKind.EPISODE,
                null,
                season.series.title,
                number,
                title,
                "HB-" + number,
                null,
                true,
                "0:48:00",
                "25",
                "15000",
                "GBP",
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        return seriesService.placeEpisode(created.id, created.version, season.id, null, true);
    }

    private Cue cue(
            Production episode, String number, String title, CueUsage usage, int seconds, Work work, Recording rec) {
        return cues.create(
                episode.id,
                new CueInput(
                        number,
                        title,
                        CueOrigin.SOUNDTRACK,
                        usage,
                        null,
                        null,
                        String.valueOf(seconds),
                        null,
                        null,
                        null,
                        null,
                        work.id,
                        rec.id,
                        true));
    }

    private void seriesLicence(ClearanceItem item, String fee, LocalDate start, LocalDate today) {
        licences.updateTerms(
                item.id,
                item.version,
                new LicenceTerms(
                        "GBP",
                        null,
                        null,
                        false,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        start,
                        null,
                        "Series deals desk",
                        null));
        ClearanceItem.flush();
        uses.update(
                item.id,
                item.version,
                new LicenceUseInput("SERIES", null, List.of("MT"), "0:45", "Opening titles, every episode"));
        ClearanceItem.flush();
        move(item, LicenceStatus.REQUESTED, LicenceStep.on(today.minusMonths(3)));
        move(item, LicenceStatus.QUOTED, LicenceStep.quote(today.minusMonths(3).plusDays(6), fee, "GBP"));
        move(item, LicenceStatus.APPROVED, LicenceStep.agree(today.minusMonths(2), fee));
        move(item, LicenceStatus.LICENSED, LicenceStep.on(today.minusMonths(1)));
    }

    private void move(ClearanceItem item, LicenceStatus target, LicenceStep step) {
        licences.move(item.id, item.version, target, step);
        ClearanceItem.flush();
    }
}
