package org.rightstracker.core.clearance.engine;

import static org.rightstracker.core.clearance.engine.Facts.cue;
import static org.rightstracker.core.clearance.engine.Facts.master;
import static org.rightstracker.core.clearance.engine.Facts.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightstracker.core.clearance.engine.Facts.CueBuilder;
import org.rightstracker.core.clearance.engine.Facts.ItemBuilder;
import org.rightstracker.core.clearance.engine.Facts.ProductionBuilder;
import org.rightstracker.core.clearance.engine.RangeLicence.RangeUse;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueUsage;

/**
 * A series of two seasons for range tests: season 1 has episodes 1 and 2, season 2 has episode 1. The
 * theme (work 50, recording 60) is published by Publisher A; its master belongs to Label L, licensed per
 * cue, so a cue's clearance turns on the sync side, where the range licences are.
 */
final class SeriesWorld {

    static final long SERIES = 7;
    static final EpisodePlace S1E1 = new EpisodePlace(101, SERIES, 71L, 1, 1);
    static final EpisodePlace S1E2 = new EpisodePlace(102, SERIES, 71L, 1, 2);
    static final EpisodePlace S2E1 = new EpisodePlace(201, SERIES, 72L, 2, 1);
    static final long THEME_WORK = 50;
    static final long THEME_RECORDING = 60;

    private final Map<EpisodePlace, List<CueBuilder>> cues = new LinkedHashMap<>();
    private final List<Anchored> licences = new ArrayList<>();

    /** A theme cue in {@code episode}, with its own not-yet-requested sync item and a licensed master. */
    CueBuilder theme(EpisodePlace episode, String number) {
        CueBuilder cue = cue(number, CueOrigin.SOUNDTRACK)
                .work(THEME_WORK)
                .recording(THEME_RECORDING)
                .usage(CueUsage.MT, 40)
                .publisher(1, "Publisher A", "100")
                .masterOwner(3, "Label L", "100")
                .item(sync(1, "Publisher A", "100"))
                .item(master(3, "Label L", "100").licensed());
        return add(episode, cue);
    }

    CueBuilder add(EpisodePlace episode, CueBuilder cue) {
        cues.computeIfAbsent(episode, e -> new ArrayList<>()).add(cue);
        return cue;
    }

    /** Stores {@code licence} (with its range) on a theme cue of {@code home}. */
    SeriesWorld licence(EpisodePlace home, ItemBuilder licence) {
        licences.add(new Anchored(home, licence.build()));
        return this;
    }

    ProductionVerdict evaluate(EpisodePlace episode) {
        return new ClearanceEngine(Facts.TODAY).evaluate(production(episode).build());
    }

    CueVerdict evaluate(EpisodePlace episode, CueBuilder cue) {
        return evaluate(episode).cues().stream()
                .filter(verdict -> verdict.cueId() == cue.id())
                .findFirst()
                .orElseThrow();
    }

    ProductionBuilder production(EpisodePlace episode) {
        ProductionBuilder production = Facts.production().episode(episode);
        cues.getOrDefault(episode, List.of()).forEach(production::cue);
        List<RangeUse> uses = new ArrayList<>();
        cues.forEach((place, list) -> list.forEach(
                cue -> uses.add(new RangeUse(cue.id(), cue.number(), place, cue.workId(), cue.recordingId()))));
        for (Anchored anchored : licences) {
            production.rangeLicence(
                    new RangeLicence(anchored.item(), anchored.home(), THEME_WORK, THEME_RECORDING, uses));
        }
        return production;
    }

    private record Anchored(EpisodePlace home, ItemFacts item) {}
}
