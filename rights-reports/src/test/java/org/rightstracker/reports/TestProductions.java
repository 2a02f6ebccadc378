package org.rightstracker.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueInput;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.cue.CueUsage;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
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
 * Productions for report tests, written through the core services like real data. Names carry a
 * sequence number so tests sharing the database never collide.
 */
@ApplicationScoped
public class TestProductions {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

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

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    /** A film whose plan needs all media, worldwide, in perpetuity from {@code start}; runtime as given. */
    public Production film(String title, String runtime, LocalDate start) {
        return productions.create(new ProductionInput(
                title,
                ProductionKind.FEATURE_FILM,
                "AKA " + title,
                null,
                null,
                null,
                "PN-" + SEQUENCE.incrementAndGet(),
                null,
                false,
                runtime,
                "24",
                "500000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                start,
                null,
                start,
                null));
    }

    public Party organisation(String name, PartyRole role, String society) {
        return parties.create(new PartyInput(
                unique(name), PartyKind.ORGANISATION, Set.of(role), society, null, null, null, null, null, null));
    }

    public Party person(String name, String society) {
        return parties.create(new PartyInput(
                unique(name),
                PartyKind.PERSON,
                Set.of(PartyRole.COMPOSER),
                society,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    /**
     * A film of {@code count} soundtrack cues, each its own song: one writer (accented name), one
     * publisher and one label, timed one after another from 01:00:00:00, 30 seconds each.
     */
    @Transactional
    public long soundtrackFilm(String title, int count) {
        Production film = film(title, "3:00:00", LocalDate.now().plusMonths(3));
        Party publisher = organisation("Éditions Lumière", PartyRole.PUBLISHER, "SACEM");
        Party label = organisation("Motörbrand Records", PartyRole.RECORD_LABEL, null);
        Party writer = person("Søren Ødegaard", "TONO");
        for (int i = 1; i <= count; i++) {
            Work work = song(writer, "100", publisher, "100");
            Recording recording = recording(work, label);
            cue(
                    film,
                    "1M" + i,
                    "Song " + i,
                    CueOrigin.SOUNDTRACK,
                    CueUsage.BV,
                    work,
                    recording,
                    3600 + (i - 1) * 30,
                    30);
        }
        return film.id;
    }

    public Work song(Party writer, String writerShare, Party publisher, String publisherShare) {
        return works.create(new WorkInput(
                unique("Song"),
                null,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(writer.id, writerShare, WriterDesignation.CA, null, false)),
                publisher == null
                        ? List.of()
                        : List.of(new WorkInput.Publisher(
                                publisher.id, publisherShare, PublisherRole.ORIGINAL_PUBLISHER, null))));
    }

    public Recording recording(Work work, Party label) {
        return recordings.create(new RecordingInput(
                work.title,
                "The Artist",
                null,
                2020,
                "3:00",
                work.id,
                null,
                List.of(new RecordingInput.Owner(label.id, "100"))));
    }

    public Cue cue(
            Production production,
            String number,
            String title,
            CueOrigin origin,
            CueUsage usage,
            Work work,
            Recording recording,
            int startSeconds,
            int seconds) {
        return cues.create(
                production.id,
                new CueInput(
                        number,
                        title,
                        origin,
                        usage,
                        timecode(startSeconds),
                        timecode(startSeconds + seconds),
                        null,
                        null,
                        null,
                        null,
                        null,
                        work == null ? null : work.id,
                        recording == null ? null : recording.id,
                        true));
    }

    /** Records quote, agreement and executed licence with the given scope and term. */
    public void license(ClearanceItem item, String fee, LocalDate termStart, Integer termYears, String media) {
        terms(item, fee, fee, false, media, termStart, termYears, null);
        move(item, LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.now().minusMonths(2)));
        move(item, LicenceStatus.QUOTED, LicenceStep.quote(LocalDate.now().minusMonths(2), fee, "USD"));
        move(item, LicenceStatus.APPROVED, LicenceStep.agree(LocalDate.now().minusMonths(1), fee));
        move(item, LicenceStatus.LICENSED, LicenceStep.on(LocalDate.now().minusWeeks(1)));
    }

    /** A quote valid until {@code expires}. */
    public void quote(ClearanceItem item, String fee, boolean mfn, LocalDate expires) {
        terms(item, null, null, mfn, "ALL_MEDIA", null, null, null);
        move(item, LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.now().minusWeeks(2)));
        move(
                item,
                LicenceStatus.QUOTED,
                new LicenceStep(LocalDate.now().minusWeeks(1), fee, null, "USD", expires, null));
    }

    public void option(ClearanceItem item, String description, LocalDate deadline) {
        ClearanceItem current = ClearanceItem.findById(item.id);
        licences.addOption(current.id, current.version, new OptionInput(description, "1000", "USD", deadline));
    }

    private void terms(
            ClearanceItem item,
            String quoted,
            String agreed,
            boolean mfn,
            String media,
            LocalDate termStart,
            Integer termYears,
            LocalDate quoteExpires) {
        ClearanceItem current = ClearanceItem.findById(item.id);
        licences.updateTerms(
                current.id,
                current.version,
                new LicenceTerms(
                        "USD",
                        quoted,
                        agreed,
                        mfn,
                        false,
                        quoteExpires,
                        media,
                        "WORLD",
                        "",
                        termStart,
                        termYears,
                        null,
                        null));
        ClearanceItem.flush();
    }

    private void move(ClearanceItem item, LicenceStatus target, LicenceStep step) {
        ClearanceItem current = ClearanceItem.findById(item.id);
        licences.move(current.id, current.version, target, step);
        ClearanceItem.flush();
    }

    public static String timecode(int seconds) {
        return String.format("%02d:%02d:%02d:00", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
