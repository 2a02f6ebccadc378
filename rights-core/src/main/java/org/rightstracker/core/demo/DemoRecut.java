package org.rightstracker.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.importing.edl.ClipNames;
import org.rightstracker.core.importing.edl.EdlImport;
import org.rightstracker.core.importing.edl.EdlUpload;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceUseInput;
import org.rightstracker.core.licence.LicenceUses;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.series.Season;
import org.rightstracker.core.series.SeriesService;
import org.rightstracker.core.shared.FrameRate;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

/**
 * A demo episode cut twice: the editor's first cut imported from its EDL (a temp clip linked by hand,
 * so its link is remembered), the one song licensed for that cut at 0:30, then the network's recut
 * applied — the licensed song runs 0:45, a song is dropped, a cue moves and changes usage, one is new.
 * Written through the EDL import itself, from the lists in {@code demo/edl/}.
 */
@ApplicationScoped
class DemoRecut {

    @Inject
    ProductionService productions;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    LicenceService licences;

    @Inject
    EdlImport edl;

    @Inject
    LicenceUses uses;

    @Inject
    SeriesService seriesService;

    void load(DemoCast cast, LocalDate today) {
        Production episode = productions.create(new ProductionInput(
                "Harrow Bay — The Long Watch",
                ProductionKind.EPISODE,
                null,
                "Harrow Bay",
                "104",
                "The Long Watch",
                "HB-104",
                cast.studio.id,
                true,
                "0:47:10",
                "25",
                "35000",
                "GBP",
                "FREE_TV,SVOD",
                "GB,IE",
                "",
                today.plusMonths(3),
                10,
                today.plusMonths(3),
                "Recut after network notes: see the EDL import on this episode."));
        // Episode 4 of the demo series' first season.
        Season seasonOne = Season.<Season>find("series.title = ?1 and number = 1", "Harrow Bay")
                .firstResultOptional()
                .orElse(null);
        if (seasonOne != null) {
            episode = seriesService.placeEpisode(episode.id, episode.version, seasonOne.id, null, false);
        }
        Recording hymn = song("Saltwater Hymn", "The Tidewater Band", null, cast.harbourSongs, cast.northlight);
        song("Tidewater", "Maren Holt", "GBHBM2600104", cast.meridian, cast.meridianRecords);
        Recording gulls = song("Gull Song", "Stillwater Ensemble", null, cast.stillwater, cast.stillwater);
        song("Night Ferry", "Aldgate Chamber Players", null, cast.fjordMusic, cast.aldgate);

        Map<String, Long> links = Map.of(ClipNames.key("TEMP_gulls_v2.wav"), gulls.id);
        EdlUpload first =
                new EdlUpload("harbour-bay-104-cut1.edl", text("harbour-bay-104-cut1.edl"), FrameRate.FPS_25, links);
        edl.commit(episode.id, first, edl.currentBasis(episode.id));

        // The song is licensed for the first cut: 0:30 of background use.
        Cue hymnCue = Cue.<Cue>find("production.id = ?1 and recording.id = ?2", episode.id, hymn.id)
                .singleResult();
        for (ClearanceItem item : ClearanceItem.<ClearanceItem>list("cue.id", hymnCue.id)) {
            licenseForTheEpisode(item, today);
        }

        EdlUpload recut =
                new EdlUpload("harbour-bay-104-cut2.edl", text("harbour-bay-104-cut2.edl"), FrameRate.FPS_25, Map.of());
        edl.commit(episode.id, recut, edl.currentBasis(episode.id));
    }

    private Recording song(String title, String artist, String isrc, Party publisher, Party label) {
        Work work = works.create(new WorkInput(
                title,
                null,
                false,
                List.of(),
                null,
                List.of(),
                List.of(new WorkInput.Publisher(publisher.id, "100", PublisherRole.ORIGINAL_PUBLISHER, null))));
        return recordings.create(new RecordingInput(
                title, artist, isrc, 2024, "3:10", work.id, null, List.of(new RecordingInput.Owner(label.id, "100"))));
    }

    private void licenseForTheEpisode(ClearanceItem item, LocalDate today) {
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
                        today.minusMonths(1),
                        null,
                        null,
                        null));
        ClearanceItem.flush();
        // Quoted for the first cut's use: its usage, up to 0:30. The second cut runs 0:45, so after the
        // recut this licence no longer fits its cue and wants an amendment.
        ClearanceItem current = ClearanceItem.findById(item.id);
        uses.update(
                current.id,
                current.version,
                new LicenceUseInput("CUE", null, List.of(current.cue.usage.name()), "0:30", "Harbour at first light"));
        ClearanceItem.flush();
        step(item.id, LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(6)));
        step(item.id, LicenceStatus.QUOTED, LicenceStep.quote(today.minusWeeks(5), "1500", "GBP"));
        step(item.id, LicenceStatus.APPROVED, LicenceStep.agree(today.minusWeeks(4), "1500"));
        step(item.id, LicenceStatus.LICENSED, LicenceStep.on(today.minusWeeks(3)));
    }

    private void step(long itemId, LicenceStatus target, LicenceStep step) {
        ClearanceItem item = ClearanceItem.findById(itemId);
        licences.move(itemId, item.version, target, step);
        ClearanceItem.flush();
    }

    private static String text(String name) {
        try (InputStream in = DemoRecut.class.getResourceAsStream("/demo/edl/" + name)) {
            if (in == null) {
                throw new IllegalStateException("The demo EDL " + name + " is missing from the build.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
