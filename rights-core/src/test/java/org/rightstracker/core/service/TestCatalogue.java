package org.rightstracker.core.service;

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

/** Builds test data through the real services, each name made unique so tests never collide. */
@ApplicationScoped
public class TestCatalogue {

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

    public static String unique(String name) {
        return name + " " + SEQUENCE.incrementAndGet();
    }

    public Party organisation(String name, PartyRole role) {
        return parties.create(PartyInput.named(unique(name), PartyKind.ORGANISATION, Set.of(role)));
    }

    public Party person(String name) {
        return parties.create(PartyInput.named(unique(name), PartyKind.PERSON, Set.of(PartyRole.COMPOSER)));
    }

    /** A feature film whose plan needs all media, worldwide, in perpetuity from {@code start}. */
    public Production film(boolean studioOwnsScore, LocalDate start) {
        return productions.create(new ProductionInput(
                unique("Film"),
                ProductionKind.FEATURE_FILM,
                null,
                null,
                null,
                null,
                null,
                null,
                studioOwnsScore,
                "1:40:00",
                "24",
                "100000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                start,
                null,
                start,
                null));
    }

    public Work work(Party writer, List<WorkInput.Publisher> publishers) {
        return works.create(new WorkInput(
                unique("Song"),
                null,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(writer.id, "100", WriterDesignation.CA, null, false)),
                publishers));
    }

    public static WorkInput.Publisher publisher(Party party, String share) {
        return new WorkInput.Publisher(party.id, share, PublisherRole.ORIGINAL_PUBLISHER, null);
    }

    public Recording recording(Work work, Party label, String share) {
        return recordings.create(new RecordingInput(
                work.title,
                "Artist",
                null,
                2020,
                "3:00",
                work.id,
                null,
                List.of(new RecordingInput.Owner(label.id, share))));
    }

    /** A cue titled "Cue {@code number}". */
    public Cue cue(Production production, String number, CueOrigin origin, Work work, Recording recording) {
        return cue(production, number, "Cue " + number, origin, work, recording);
    }

    public Cue cue(
            Production production, String number, String title, CueOrigin origin, Work work, Recording recording) {
        return cues.create(
                production.id,
                new CueInput(
                        number,
                        title,
                        origin,
                        CueUsage.BV,
                        null,
                        null,
                        "0:45",
                        null,
                        null,
                        null,
                        null,
                        work == null ? null : work.id,
                        recording == null ? null : recording.id,
                        true));
    }

    @Transactional
    public Cue reload(long cueId) {
        Cue cue = Cue.findById(cueId);
        cue.items.size();
        cue.items.forEach(i -> i.party.name.length());
        return cue;
    }

    /**
     * A fresh copy of an item. Outside a transaction a test reads through a session that lives as
     * long as the test method and would hand back the copy it saw first.
     */
    @Transactional
    public ClearanceItem item(long itemId) {
        ClearanceItem item = ClearanceItem.findById(itemId);
        item.party.name.length();
        return item;
    }
}
