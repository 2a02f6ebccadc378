package org.rightstracker.web.page;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
import org.rightstracker.web.security.AppUser;
import org.rightstracker.web.security.Role;
import org.rightstracker.web.security.UserAccounts;

/**
 * Builds what page tests need through the real services. Every name carries a number unique to the
 * test run, because all test classes share one database.
 */
@ApplicationScoped
public class PageWorld {

    public static final String PASSWORD = "page-password-1";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    UserAccounts accounts;

    @Inject
    ProductionService productions;

    @Inject
    PartyService parties;

    @Inject
    WorkService works;

    @Inject
    RecordingService recordings;

    @Inject
    CueService cues;

    @Inject
    LicenceService licences;

    /** A soundtrack cue with two publishers (50/50) and one label, on a production with a complete plan. */
    public record Song(
            long production,
            String productionTitle,
            long cue,
            long work,
            long recording,
            long publisherA,
            long publisherB,
            long label,
            String tag) {}

    public static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100000, 36);
    }

    /** A valid ISWC no other test uses, shown as T-DDD.DDD.DDD-C. */
    public static String iswc() {
        String digits = String.format("%09d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet()) % 1_000_000_000L);
        int sum = 1;
        for (int i = 0; i < 9; i++) {
            sum += (i + 1) * (digits.charAt(i) - '0');
        }
        int check = (10 - sum % 10) % 10;
        return "T-" + digits.substring(0, 3) + "." + digits.substring(3, 6) + "." + digits.substring(6) + "-" + check;
    }

    /** A user with the role, on the teams of the given productions. */
    public String user(Role role, long... productionIds) {
        String username = ("p" + role.name().substring(0, 3) + SEQUENCE.incrementAndGet()).toLowerCase();
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = accounts.create(username, "Page " + role.label(), role, PASSWORD, false);
            for (long id : productionIds) {
                accounts.addMember(Production.findById(id), user);
            }
        });
        return username;
    }

    public Visitor visitor(Role role, long... productionIds) {
        return Visitor.signIn(user(role, productionIds), PASSWORD);
    }

    public Production production(String title) {
        return production(title, false);
    }

    /** @param studioOwnsScore whether the studio owns the score (no composer agreement needed) */
    public Production production(String title, boolean studioOwnsScore) {
        return productions.create(new ProductionInput(
                title,
                ProductionKind.FEATURE_FILM,
                null,
                null,
                null,
                null,
                "PN-" + SEQUENCE.incrementAndGet(),
                null,
                studioOwnsScore,
                "1:40:00",
                "24",
                "100000",
                "USD",
                "ALL_MEDIA",
                "WORLD",
                "",
                LocalDate.of(2026, 1, 1),
                null,
                LocalDate.of(2026, 6, 1),
                null));
    }

    public Party party(String name, PartyRole role) {
        return parties.create(PartyInput.named(name, PartyKind.ORGANISATION, Set.of(role)));
    }

    public Song song() {
        String tag = unique("Song");
        Production production = production("Film of " + tag);
        Party a = party("Publisher A " + tag, PartyRole.PUBLISHER);
        Party b = party("Publisher B " + tag, PartyRole.PUBLISHER);
        Party label = party("Label " + tag, PartyRole.RECORD_LABEL);
        Work work = works.create(new WorkInput(
                "Work " + tag,
                null,
                false,
                List.of(),
                null,
                List.of(),
                List.of(
                        new WorkInput.Publisher(a.id, "50", PublisherRole.ORIGINAL_PUBLISHER, null),
                        new WorkInput.Publisher(b.id, "50", PublisherRole.ORIGINAL_PUBLISHER, null))));
        Recording recording = recordings.create(new RecordingInput(
                "Recording " + tag,
                "Artist " + tag,
                null,
                2020,
                "3:00",
                work.id,
                null,
                List.of(new RecordingInput.Owner(label.id, "100"))));
        Cue cue = cues.create(production.id, cueInput("2M14", "Cue " + tag, work.id, recording.id));
        return new Song(production.id, production.title, cue.id, work.id, recording.id, a.id, b.id, label.id, tag);
    }

    /** A score cue whose composition has one composer, work for hire, and no publisher: returns the cue. */
    public Cue scoreCue(long productionId) {
        String tag = unique("Score");
        Party composer = party("Composer " + tag, PartyRole.COMPOSER);
        Work work = works.create(new WorkInput(
                "Suite " + tag,
                null,
                false,
                List.of(),
                null,
                List.of(new WorkInput.Writer(composer.id, "100", WriterDesignation.C, "PRS", true)),
                List.of()));
        CueInput song = cueInput("1M1", "Theme " + tag, work.id, null);
        return cues.create(
                productionId,
                new CueInput(
                        song.number(),
                        song.title(),
                        CueOrigin.SCORE,
                        CueUsage.BI,
                        song.timecodeIn(),
                        song.timecodeOut(),
                        song.duration(),
                        song.scene(),
                        song.moods(),
                        song.styles(),
                        song.notes(),
                        song.workId(),
                        song.recordingId(),
                        song.active()));
    }

    public static CueInput cueInput(String number, String title, Long workId, Long recordingId) {
        return new CueInput(
                number,
                title,
                CueOrigin.SOUNDTRACK,
                CueUsage.BV,
                null,
                null,
                "0:45",
                "A scene",
                null,
                null,
                null,
                workId,
                recordingId,
                true);
    }

    /** The item a party holds on a cue (the original licence, not an amendment of it), read fresh. */
    public ClearanceItem item(long cueId, long partyId) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ClearanceItem.<ClearanceItem>find(
                                "cue.id = ?1 and party.id = ?2 and amendmentNo = 0", cueId, partyId)
                        .singleResult());
    }

    public long version(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.<ClearanceItem>findById(itemId).version);
    }

    /** Takes an item all the way to an executed licence covering the whole plan. */
    public void license(long itemId, String fee) {
        licences.move(itemId, version(itemId), LicenceStatus.REQUESTED, LicenceStep.on(LocalDate.of(2026, 2, 1)));
        licences.move(itemId, version(itemId), LicenceStatus.QUOTED, LicenceStep.quote(null, fee, "USD"));
        licences.move(itemId, version(itemId), LicenceStatus.APPROVED, LicenceStep.agree(null, fee));
        licences.updateTerms(
                itemId,
                version(itemId),
                new LicenceTerms(
                        "USD",
                        fee,
                        fee,
                        false,
                        false,
                        null,
                        "ALL_MEDIA",
                        "WORLD",
                        "",
                        LocalDate.of(2026, 1, 1),
                        null,
                        null,
                        null));
        licences.move(itemId, version(itemId), LicenceStatus.LICENSED, LicenceStep.on(null));
    }
}
