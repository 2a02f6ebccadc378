package org.rightstracker.core.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.FollowUpChannel;
import org.rightstracker.core.licence.FollowUpInput;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.licence.LicenceTimeline;
import org.rightstracker.core.licence.OptionInput;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyInput;
import org.rightstracker.core.party.PartyKind;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.party.PartyService;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.production.ProductionInput;
import org.rightstracker.core.production.ProductionKind;
import org.rightstracker.core.production.ProductionService;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.recording.RecordingInput;
import org.rightstracker.core.recording.RecordingService;
import org.rightstracker.core.work.PublisherRole;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;
import org.rightstracker.core.work.WriterDesignation;

/**
 * Believable demo productions, written through the same services users call, so the demo shows
 * every clearance state the product knows: cleared, in progress, not started, blocked and at risk.
 * Dates are relative to the day of loading, so "expires in a week" means what it says.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    ProductionService productions;

    @Inject
    CueService cues;

    @Inject
    LicenceService licences;

    @Inject
    LicenceTimeline timeline;

    @Inject
    DemoSeries series;

    @Inject
    DemoAlbum demoAlbum;

    @Inject
    DemoRecut recut;

    @Inject
    DemoScore demoScore;

    private LocalDate today;

    /** Loads the demo into an empty database; does nothing when any production exists. */
    @Transactional
    public boolean loadIfEmpty() {
        if (Production.count() > 0) {
            return false;
        }
        load();
        return true;
    }

    /** Loads the demo whatever the database holds; its parties' IPI numbers allow it only once. */
    @Transactional
    public void load() {
        today = LocalDate.now();
        DemoCast cast = new DemoCast(parties);
        film(cast);
        demoAlbum.load(
                cast, Production.find("title", "Northern Lights Over Harrow").firstResult(), today);
        episode(cast);
        series.load(cast, today);
        recut.load(cast, today);
        demoScore.load(today);
        LOG.infof("Loaded demo data: %d productions, %d cues.", Production.count(), Cue.count());
    }

    private void film(DemoCast cast) {
        Production film = productions.create(new ProductionInput(
                "Northern Lights Over Harrow",
                ProductionKind.FEATURE_FILM,
                "Harrow Lights",
                null,
                null,
                null,
                "HP-2026-014",
                cast.studio.id,
                false,
                "1:52:00",
                "24",
                "250000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                today.plusMonths(6),
                null,
                today.plusMonths(6),
                "Theatrical release in spring; SVOD window six months later."));

        Party composer = cast.composer;
        Work theme = works.create(new WorkInput(
                "Harrow Suite",
                "T1022851427",
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(composer.id, "100", WriterDesignation.C, null, true)),
                List.of()));
        String[][] score = {
            {"1M1", "Opening Over the Bay", "MT"}, {"1M2", "The Keeper's Stair", "BI"},
            {"1M3", "Lanterns on the Water", "BI"}, {"2M1", "First Frost", "BI"},
            {"2M2", "Harbour Chase", "BI"}, {"2M3", "Letters Home", "BI"},
            {"3M1", "Fog Bell", "BI"}, {"3M2", "The Quarrel", "BI"},
            {"3M3", "Night Crossing", "BI"}, {"4M1", "Aurora", "BI"},
            {"4M2", "Return to Harrow", "BI"}, {"5M1", "End Titles Suite", "ET"}
        };
        for (int i = 0; i < score.length; i++) {
            Cue cue = cue(
                    film,
                    score[i][0],
                    score[i][1],
                    CueOrigin.SCORE,
                    CueUsage.valueOf(score[i][2]),
                    theme,
                    null,
                    (i * 7 + 1) * 60,
                    40 + i * 9);
            if (i < 10) {
                // The composer agreement is signed; the two newest cues are not yet added to it.
                ClearanceItem agreement = only(cue);
                terms(agreement, "0", "0", false, "ALL_MEDIA", "WORLD", "", today.minusMonths(3), null);
                step(agreement, LicenceStatus.REQUESTED, LicenceStep.on(today.minusMonths(4)));
                step(agreement, LicenceStatus.QUOTED, LicenceStep.quote(today.minusMonths(4), "0", "USD"));
                step(agreement, LicenceStatus.APPROVED, LicenceStep.agree(today.minusMonths(3), "0"));
                step(agreement, LicenceStatus.LICENSED, LicenceStep.on(today.minusMonths(3)));
            }
        }

        // 1M4 — split publishers and a label, all licensed for the whole plan: cleared.
        Cue ferry = song(
                film,
                "1M4",
                "Midnight Ferry",
                CueUsage.BV,
                "Midnight Ferry",
                "T4756235101",
                "The Tidewater Band",
                "USPR32600101",
                2019,
                cast.harbourSongs,
                "50",
                cast.lumiere,
                "50",
                cast.northlight,
                8 * 60,
                62);
        for (ClearanceItem item : ferry.items) {
            terms(item, "6000", "6000", false, "ALL_MEDIA", "WORLD", "", film.planTermStart, null);
            licenseFully(item, "6000");
        }

        // 2M14 — the MFN example of DESIGN.md: quotes of 5,000 and 7,500 (50% each) and 12,000 for the master.
        Cue lanterns = song(
                film,
                "2M14",
                "Paper Lanterns",
                CueUsage.BV,
                "Paper Lanterns",
                "T4590089347",
                "Chloé Vasseur",
                "FRZ032600214",
                2021,
                cast.harbourSongs,
                "50",
                cast.lumiere,
                "50",
                cast.northlight,
                23 * 60,
                45);
        quoteMfn(item(lanterns, cast.harbourSongs), "5000");
        quoteMfn(item(lanterns, cast.lumiere), "7500");
        quoteMfn(item(lanterns, cast.northlight), "12000");

        // 2M15 — the master licence was granted for festivals only: at risk until it is extended.
        Cue coastline = song(
                film,
                "2M15",
                "Coastline",
                CueUsage.VV,
                "Coastline",
                "T0850066919",
                "Søren Ødegaard",
                "NOA012600331",
                2017,
                cast.fjordMusic,
                "100",
                null,
                null,
                cast.northlight,
                31 * 60,
                95);
        ClearanceItem coastSync = item(coastline, cast.fjordMusic);
        terms(coastSync, "9000", "9000", false, "ALL_MEDIA", "WORLD", "", film.planTermStart, null);
        licenseFully(coastSync, "9000");
        ClearanceItem coastMaster = item(coastline, cast.northlight);
        terms(coastMaster, "4000", "4000", false, "FESTIVAL", "WORLD", "", film.planTermStart, 2);
        licenseFully(coastMaster, "4000");

        // 3M4 — a publisher refused: blocked.
        Cue glass = song(
                film,
                "3M4",
                "Glass Harbour",
                CueUsage.BI,
                "Glass Harbour",
                "T2684099291",
                "Motörbrand",
                "GBAYE2600441",
                1998,
                cast.harbourSongs,
                "60",
                cast.meridian,
                "40",
                cast.aldgate,
                44 * 60,
                38);
        step(item(glass, cast.meridian), LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(5)));
        step(
                item(glass, cast.meridian),
                LicenceStatus.DENIED,
                new LicenceStep(
                        today.minusWeeks(2), null, null, null, null, "The writer does not license to feature films."));
        step(item(glass, cast.harbourSongs), LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(5)));
        timeline.logFollowUp(
                item(glass, cast.harbourSongs).id,
                new FollowUpInput(
                        today.minusWeeks(2),
                        FollowUpChannel.PHONE,
                        "Left a message with the licensing desk; they are checking who controls the lyric.",
                        today.plusDays(3)));

        // 3M5 — only 75% of the publishing is known: blocked until the last quarter is found.
        song(
                film,
                "3M5",
                "Wild Geese",
                CueUsage.BI,
                "Wild Geese",
                "T1074023586",
                "Marlow & Finch",
                "USUM72600512",
                2008,
                cast.harbourSongs,
                "75",
                null,
                null,
                cast.northlight,
                52 * 60,
                51);

        // 4M3 — nothing requested yet.
        song(
                film,
                "4M3",
                "Morning Tide",
                CueUsage.BI,
                "Morning Tide",
                "T6016824835",
                "Ada Quill",
                "USRC12600613",
                2012,
                cast.meridian,
                "100",
                null,
                null,
                cast.aldgate,
                61 * 60,
                33);

        // 4M4 — a library one-stop: one licence for both sides, executed.
        Cue library = song(
                film,
                "4M4",
                "Tension Bed 04",
                CueUsage.BI,
                "Tension Bed 04",
                null,
                "Stillwater Library",
                "GBSWL2600704",
                2024,
                cast.stillwater,
                "100",
                null,
                null,
                cast.stillwater,
                66 * 60,
                28);
        ClearanceItem oneStop = only(library);
        terms(oneStop, "1500", "1500", false, "ALL_MEDIA", "WORLD", "", film.planTermStart, null);
        licenseFully(oneStop, "1500");

        // 4M5 — a public-domain composition in a modern recording: only the master needs a licence.
        Work greensleeves = works.create(new WorkInput(
                "Greensleeves",
                null,
                true,
                List.of("Alas, my love"),
                "Traditional, 16th century.",
                List.of(),
                List.of()));
        Recording consort = recordings.create(new RecordingInput(
                "Greensleeves",
                "The Camden Consort",
                "GBAYE2600805",
                2015,
                "3:12",
                greensleeves.id,
                null,
                List.of(new RecordingInput.Owner(cast.aldgate.id, "100"))));
        Cue pd = cue(
                film, "4M5", "Greensleeves", CueOrigin.PUBLIC_DOMAIN, CueUsage.VI, greensleeves, consort, 70 * 60, 75);
        ClearanceItem pdMaster = only(pd);
        terms(pdMaster, "2500", "2500", false, "ALL_MEDIA", "WORLD", "", film.planTermStart, null);
        step(pdMaster, LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(6)));
        step(pdMaster, LicenceStatus.QUOTED, LicenceStep.quote(today.minusWeeks(5), "2500", "USD"));
        step(pdMaster, LicenceStatus.APPROVED, LicenceStep.agree(today.minusWeeks(1), "2500"));

        // 5M2 — a quote about to lapse: at risk.
        Cue salt = song(
                film,
                "5M2",
                "Salt & Iron",
                CueUsage.VV,
                "Salt & Iron",
                "T4658240091",
                "Beyoncé Laurent",
                "USSM12600921",
                2023,
                cast.lumiere,
                "100",
                null,
                null,
                cast.meridianRecords,
                88 * 60,
                70);
        for (ClearanceItem item : salt.items) {
            step(item, LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(3)));
            step(
                    item,
                    LicenceStatus.QUOTED,
                    new LicenceStep(
                            today.minusWeeks(2),
                            "18000",
                            null,
                            "USD",
                            today.plusDays(7),
                            "Quote valid for three weeks."));
        }

        // 5M3 — approved with an option whose deadline is close.
        Cue last = song(
                film,
                "5M3",
                "Last Light",
                CueUsage.ET,
                "Last Light",
                "T0734694213",
                "Sigrún Ósk",
                "ISA012601010",
                2020,
                cast.fjordMusic,
                "100",
                null,
                null,
                cast.meridianRecords,
                109 * 60,
                180);
        for (ClearanceItem item : last.items) {
            terms(item, "11000", "10000", false, "ALL_MEDIA", "WORLD", "", film.planTermStart, null);
            step(item, LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(8)));
            step(item, LicenceStatus.QUOTED, LicenceStep.on(today.minusWeeks(7)));
            step(item, LicenceStatus.NEGOTIATING, LicenceStep.on(today.minusWeeks(6)));
            step(item, LicenceStatus.APPROVED, LicenceStep.agree(today.minusWeeks(4), "10000"));
        }
        licences.addOption(
                item(last, cast.fjordMusic).id,
                item(last, cast.fjordMusic).version,
                new OptionInput("Use in the trailer campaign", "5000", "USD", today.plusDays(12)));
    }

    private void episode(DemoCast cast) {
        Production episode = productions.create(new ProductionInput(
                "Harrow Bay — The Crossing",
                ProductionKind.EPISODE,
                null,
                "Harrow Bay",
                "103",
                "The Crossing",
                "HB-103",
                cast.studio.id,
                true,
                "0:48:30",
                "25",
                "40000",
                "GBP",
                "FREE_TV,SVOD",
                "GB,IE",
                "",
                today.plusMonths(2),
                10,
                today.plusMonths(2),
                null));
        Work motif = works.create(new WorkInput(
                "Harrow Bay Theme",
                "T8978257078",
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(cast.composer.id, "100", WriterDesignation.C, null, true)),
                List.of()));
        cue(episode, "1M1", "Harrow Bay Main Title", CueOrigin.SCORE, CueUsage.MT, motif, null, 0, 35);
        cue(episode, "1M2", "Crossing Underscore", CueOrigin.SCORE, CueUsage.BI, motif, null, 6 * 60, 80);
        Recording ferry = Recording.findByIsrc("USPR32600101").orElseThrow();
        cue(episode, "2M1", "Midnight Ferry", CueOrigin.SOUNDTRACK, CueUsage.BV, ferry.work, ferry, 21 * 60, 41);
        Recording tension = Recording.findByIsrc("GBSWL2600704").orElseThrow();
        Cue bed = cue(
                episode, "2M2", "Tension Bed 04", CueOrigin.LIBRARY, CueUsage.BI, tension.work, tension, 30 * 60, 25);
        step(only(bed), LicenceStatus.REQUESTED, LicenceStep.on(today.minusDays(3)));
    }

    private Cue song(
            Production production,
            String number,
            String title,
            CueUsage usage,
            String workTitle,
            String iswc,
            String artist,
            String isrc,
            int year,
            Party publisherA,
            String shareA,
            Party publisherB,
            String shareB,
            Party label,
            int startSeconds,
            int seconds) {
        List<WorkInput.Publisher> publishers = new ArrayList<>();
        publishers.add(new WorkInput.Publisher(publisherA.id, shareA, PublisherRole.ORIGINAL_PUBLISHER, null));
        if (publisherB != null) {
            publishers.add(new WorkInput.Publisher(publisherB.id, shareB, PublisherRole.ORIGINAL_PUBLISHER, null));
        }
        Party writer = parties.create(
                PartyInput.named(artist, PartyKind.PERSON, Set.of(PartyRole.COMPOSER, PartyRole.ARTIST)));
        Work work = works.create(new WorkInput(
                workTitle,
                iswc,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, null, false)),
                publishers));
        Recording recording = recordings.create(new RecordingInput(
                title, artist, isrc, year, null, work.id, null, List.of(new RecordingInput.Owner(label.id, "100"))));
        // A library controls both sides of its tracks: that is what makes it a one-stop.
        CueOrigin origin = publisherA == label ? CueOrigin.LIBRARY : CueOrigin.SOUNDTRACK;
        return cue(production, number, title, origin, usage, work, recording, startSeconds, seconds);
    }

    private Cue cue(
            Production production,
            String number,
            String title,
            CueOrigin origin,
            CueUsage usage,
            Work work,
            Recording recording,
            int startSeconds,
            int seconds) {
        String in = timecode(3600 + startSeconds);
        String out = timecode(3600 + startSeconds + seconds);
        return cues.create(
                production.id,
                new CueInput(
                        number,
                        title,
                        origin,
                        usage,
                        in,
                        out,
                        null,
                        null,
                        null,
                        null,
                        null,
                        work == null ? null : work.id,
                        recording == null ? null : recording.id,
                        true));
    }

    private static String timecode(int seconds) {
        return String.format("%02d:%02d:%02d:00", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    private void quoteMfn(ClearanceItem item, String fee) {
        terms(item, null, null, true, "ALL_MEDIA", "WORLD", "", null, null);
        step(item, LicenceStatus.REQUESTED, LicenceStep.on(today.minusWeeks(2)));
        step(
                item,
                LicenceStatus.QUOTED,
                new LicenceStep(today.minusWeeks(1), fee, null, "USD", today.plusDays(60), null));
    }

    private void licenseFully(ClearanceItem item, String fee) {
        step(item, LicenceStatus.REQUESTED, LicenceStep.on(today.minusMonths(2)));
        step(item, LicenceStatus.QUOTED, LicenceStep.quote(today.minusMonths(2).plusDays(5), fee, "USD"));
        step(item, LicenceStatus.APPROVED, LicenceStep.agree(today.minusMonths(1), fee));
        step(item, LicenceStatus.LICENSED, LicenceStep.on(today.minusWeeks(2)));
    }

    private void terms(
            ClearanceItem item,
            String quoted,
            String agreed,
            boolean mfn,
            String media,
            String territories,
            String excluded,
            LocalDate termStart,
            Integer termYears) {
        licences.updateTerms(
                item.id,
                item.version,
                new LicenceTerms(
                        "USD",
                        quoted,
                        agreed,
                        mfn,
                        false,
                        null,
                        media,
                        territories,
                        excluded,
                        termStart,
                        termYears,
                        null,
                        item.notes));
        ClearanceItem.flush();
    }

    private void step(ClearanceItem item, LicenceStatus target, LicenceStep step) {
        licences.move(item.id, item.version, target, step);
        ClearanceItem.flush();
    }

    private static ClearanceItem only(Cue cue) {
        if (cue.items.size() != 1) {
            throw new IllegalStateException(cue + " has " + cue.items.size() + " items, expected one");
        }
        return cue.items.get(0);
    }

    private static ClearanceItem item(Cue cue, Party party) {
        return cue.items.stream()
                .filter(i -> i.party.id.equals(party.id) && i.side != ClearanceSide.COMPOSER_AGREEMENT)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(cue + " has no item for " + party.name));
    }
}
