package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightstracker.core.clearance.ClearanceItem;
import org.rightstracker.core.clearance.ClearanceSide;
import org.rightstracker.core.clearance.ProductionClearance;
import org.rightstracker.core.clearance.engine.CueStatus;
import org.rightstracker.core.clearance.engine.CueVerdict;
import org.rightstracker.core.clearance.engine.ItemVerdict;
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.cue.CueService;
import org.rightstracker.core.deadline.Deadline;
import org.rightstracker.core.deadline.DeadlineKind;
import org.rightstracker.core.deadline.Deadlines;
import org.rightstracker.core.licence.LicenceAmendments;
import org.rightstracker.core.licence.LicenceEvent;
import org.rightstracker.core.licence.LicenceEventKind;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

/**
 * "Reopen as amendment": a new item linked to the executed licence, the licence kept as it was, and the
 * engine counting the licence in force (the executed one until the amendment is executed).
 */
@QuarkusTest
class LicenceAmendmentsTest {

    static final LocalDate PLAN_START = LocalDate.now().plusMonths(3);

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    LicenceAmendments amendments;

    @Inject
    ProductionClearance clearance;

    @Inject
    WorkService works;

    @Inject
    CueService cues;

    @Inject
    Deadlines deadlines;

    /** A cue whose master is licensed for the whole plan and whose sync licence grants only free TV. */
    record World(Production film, Cue cue, Work work, Party publisher, ClearanceItem sync, ClearanceItem master) {}

    World world() {
        Production film = catalogue.film(false, PLAN_START);
        Party publisher = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Label L", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(publisher, "100")));
        Recording recording = catalogue.recording(work, label, "100");
        Cue cue = catalogue.cue(film, "1M01", CueOrigin.SOUNDTRACK, work, recording);
        Cue loaded = catalogue.reload(cue.id);
        ClearanceItem sync = loaded.items.stream()
                .filter(i -> i.side == ClearanceSide.SYNC)
                .findFirst()
                .orElseThrow();
        ClearanceItem master = loaded.items.stream()
                .filter(i -> i.side == ClearanceSide.MASTER)
                .findFirst()
                .orElseThrow();
        license(master.id, "ALL_MEDIA", "1000");
        license(sync.id, "FREE_TV", "5000");
        return new World(film, cue, work, publisher, catalogue.item(sync.id), catalogue.item(master.id));
    }

    @Test
    void reopeningMakesALinkedItemAndLeavesTheExecutedLicenceUnchanged() {
        World w = world();
        ClearanceItem amendment = amendments.reopen(w.sync().id, w.sync().version);

        ClearanceItem stored = catalogue.item(amendment.id);
        ClearanceItem old = catalogue.item(w.sync().id);
        assertThat(stored.amendmentNo).isEqualTo(1);
        assertThat(amendsId(stored.id)).isEqualTo(old.id);
        assertThat(stored.party.id).isEqualTo(w.publisher().id);
        assertThat(stored.side).isEqualTo(ClearanceSide.SYNC);
        assertThat(stored.syncShare).isEqualByComparingTo("100");
        assertThat(stored.status).isEqualTo(LicenceStatus.NOT_REQUESTED);
        assertThat(stored.grantedMedia).isEqualTo(old.grantedMedia);
        assertThat(stored.grantedTerritories).isEqualTo("WORLD");
        assertThat(stored.termStart).isEqualTo(PLAN_START);
        assertThat(stored.contact).isEqualTo("Licensing desk");
        assertThat(stored.quotedFee).isNull();
        assertThat(stored.agreedFee).isNull();
        assertThat(stored.feeCurrency).isEqualTo("USD");

        assertThat(old.version).isEqualTo(w.sync().version);
        assertThat(old.status).isEqualTo(LicenceStatus.LICENSED);
        assertThat(old.agreedFee).isEqualByComparingTo("5000");
        assertThat(old.amendmentNo).isZero();

        assertThat(timeline(stored.id)).anySatisfy(e -> {
            assertThat(e.kind).isEqualTo(LicenceEventKind.AMENDMENT);
            assertThat(e.detail).isEqualTo("Reopened as amendment 1 of licence #" + old.id);
        });
        assertThat(timeline(old.id))
                .anySatisfy(e -> {
                    assertThat(e.kind).isEqualTo(LicenceEventKind.AMENDMENT);
                    assertThat(e.detail).isEqualTo("Reopened as amendment 1 (licence #" + stored.id + ")");
                })
                .anyMatch(e -> e.kind == LicenceEventKind.STEP && e.status == LicenceStatus.LICENSED);
    }

    @Test
    void onlyTheExecutedLicenceInForceCanBeReopenedAndOnlyOnceAtATime() {
        World w = world();
        Production film = catalogue.film(false, PLAN_START);
        Party other = catalogue.organisation("Publisher B", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(other, "100")));
        Cue unlicensed = catalogue.cue(film, "1M02", CueOrigin.SOUNDTRACK, work, null);
        ClearanceItem notRequested = catalogue.reload(unlicensed.id).items.get(0);

        assertThatThrownBy(() -> amendments.reopen(notRequested.id, notRequested.version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not requested: only an executed licence is reopened");
        assertThatThrownBy(() -> amendments.reopen(w.sync().id, w.sync().version - 1))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("was changed by someone else");

        ClearanceItem first = amendments.reopen(w.sync().id, w.sync().version);
        assertThatThrownBy(() -> amendments.reopen(w.sync().id, w.sync().version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("already has amendment 1 (not requested)");
        assertThatThrownBy(() -> amendments.reopen(first.id, catalogue.item(first.id).version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("only an executed licence");
        assertThat(chainSize(w.cue().id)).isEqualTo(3);

        license(first.id, "ALL_MEDIA", "8000");
        assertThatThrownBy(() -> amendments.reopen(w.sync().id, w.sync().version))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("reopen that one, it is the licence in force");
        ClearanceItem second = amendments.reopen(first.id, catalogue.item(first.id).version);
        assertThat(second.amendmentNo).isEqualTo(2);
        assertThat(amendsId(second.id)).isEqualTo(first.id);
    }

    @Test
    void aWithdrawnAmendmentIsClosedSoTheLicenceCanBeAmendedAfreshUnderTheNextNumber() {
        World w = world();
        ClearanceItem first = amendments.reopen(w.sync().id, w.sync().version);
        licences.move(first.id, catalogue.item(first.id).version, LicenceStatus.WITHDRAWN, LicenceStep.on(null));

        ClearanceItem second = amendments.reopen(w.sync().id, w.sync().version);

        assertThat(second.amendmentNo).isEqualTo(2);
        assertThat(amendsId(second.id)).isEqualTo(w.sync().id);
        assertThat(catalogue.item(first.id).status).isEqualTo(LicenceStatus.WITHDRAWN);
        assertThat(verdict(w.cue()).items()).extracting(ItemVerdict::itemId).contains(w.sync().id);
    }

    @Test
    void coverageAndBudgetStayWithTheExecutedLicenceUntilTheAmendmentIsExecuted() {
        World w = world();
        CueVerdict before = verdict(w.cue());
        assertThat(before.status()).isNotEqualTo(CueStatus.CLEARED);
        assertThat(item(before, w.sync().id).coversPlan()).isFalse();
        assertThat(clearance.evaluate(w.film().id).budget().committed().amount())
                .isEqualByComparingTo("6000");

        ClearanceItem amendment = amendments.reopen(w.sync().id, w.sync().version);
        updateScope(amendment.id, "ALL_MEDIA");
        licences.move(
                amendment.id, catalogue.item(amendment.id).version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                amendment.id,
                catalogue.item(amendment.id).version,
                LicenceStatus.QUOTED,
                LicenceStep.quote(null, "8000", "USD"));
        licences.move(
                amendment.id,
                catalogue.item(amendment.id).version,
                LicenceStatus.APPROVED,
                LicenceStep.agree(null, "8000"));

        // Open (even approved) the amendment is not in force: the executed licence and its fee still count.
        CueVerdict open = verdict(w.cue());
        assertThat(open.status()).isEqualTo(before.status());
        assertThat(open.items()).extracting(ItemVerdict::itemId).containsExactlyInAnyOrder(w.sync().id, w.master().id);
        assertThat(clearance.evaluate(w.film().id).budget().committed().amount())
                .isEqualByComparingTo("6000");

        licences.move(amendment.id, catalogue.item(amendment.id).version, LicenceStatus.LICENSED, LicenceStep.on(null));

        // Executed: its scope covers the plan and its fee replaces the old one (one fee per chain).
        CueVerdict after = verdict(w.cue());
        assertThat(after.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(after.items())
                .extracting(ItemVerdict::itemId)
                .containsExactlyInAnyOrder(amendment.id, w.master().id);
        assertThat(item(after, amendment.id).coversPlan()).isTrue();
        assertThat(clearance.evaluate(w.film().id).budget().committed().amount())
                .isEqualByComparingTo("9000");
        assertThat(catalogue.item(w.sync().id).status).isEqualTo(LicenceStatus.LICENSED);
    }

    @Test
    void rederivingOwnershipKeepsTheChainAndGivesTheAmendmentTheOriginalsShare() {
        World w = world();
        ClearanceItem amendment = amendments.reopen(w.sync().id, w.sync().version);
        Party newcomer = catalogue.organisation("Publisher C", PartyRole.PUBLISHER);
        setPublishers(w, publisher(w.publisher(), "60"), publisher(newcomer, "40"));

        Cue cue = catalogue.reload(w.cue().id);
        assertThat(cue.items).hasSize(4);
        ClearanceItem original = find(cue, w.sync().id);
        ClearanceItem amended = find(cue, amendment.id);
        assertThat(original.syncShare).isEqualByComparingTo("60");
        assertThat(amended.syncShare).isEqualByComparingTo("60");
        assertThat(amended.amendmentNo).isEqualTo(1);
        assertThat(original.obsolete).isFalse();
        assertThat(amended.obsolete).isFalse();
        assertThat(cue.items)
                .filteredOn(i -> i.party.id.equals(newcomer.id))
                .singleElement()
                .satisfies(i -> assertThat(i.amendmentNo).isZero());

        // The publisher leaves: the licence and its amendment are kept, both obsolete.
        setPublishers(w, publisher(newcomer, "100"));
        Cue after = catalogue.reload(w.cue().id);
        assertThat(find(after, w.sync().id).obsolete).isTrue();
        assertThat(find(after, amendment.id).obsolete).isTrue();
    }

    @Test
    void aLicenceReplacedByItsExecutedAmendmentGivesNoTermEndOfItsOwn() {
        World w = world();
        ClearanceItem sync = catalogue.item(w.sync().id);
        setTermYears(sync, 5);
        ClearanceItem amendment = amendments.reopen(sync.id, catalogue.item(sync.id).version);
        assertThat(termEnds(w.film())).containsExactly(sync.id);

        license(amendment.id, "ALL_MEDIA", "8000");
        setTermYears(catalogue.item(amendment.id), 7);

        assertThat(termEnds(w.film())).containsExactly(amendment.id);
    }

    @Test
    void aCueWithAnAmendedLicenceCanBeDeleted() {
        World w = world();
        amendments.reopen(w.sync().id, w.sync().version);
        cues.delete(w.cue().id, QuarkusTransaction.requiringNew().call(() -> Cue.<Cue>findById(w.cue().id).version));
        assertThat(QuarkusTransaction.requiringNew().call(() -> ClearanceItem.count("cue.id", w.cue().id)))
                .isZero();
    }

    /** The world's work with a single writer and these publishers, saved through the service. */
    private void setPublishers(World w, WorkInput.Publisher... publishers) {
        works.update(
                w.work().id,
                workVersion(w.work().id),
                new WorkInput(
                        w.work().title,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(new WorkInput.Writer(
                                catalogue.person("Writer").id,
                                "100",
                                org.rightstracker.core.work.WriterDesignation.CA,
                                null,
                                false)),
                        List.of(publishers)));
    }

    private void license(long itemId, String media, String fee) {
        updateScope(itemId, media);
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        licences.move(
                itemId, catalogue.item(itemId).version, LicenceStatus.QUOTED, LicenceStep.quote(null, fee, "USD"));
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.APPROVED, LicenceStep.agree(null, fee));
        licences.move(itemId, catalogue.item(itemId).version, LicenceStatus.LICENSED, LicenceStep.on(null));
    }

    private void updateScope(long itemId, String media) {
        ClearanceItem item = catalogue.item(itemId);
        licences.updateTerms(
                itemId,
                item.version,
                new LicenceTerms(
                        "USD",
                        item.quotedFee == null ? null : item.quotedFee.toPlainString(),
                        item.agreedFee == null ? null : item.agreedFee.toPlainString(),
                        false,
                        false,
                        null,
                        media,
                        "WORLD",
                        "",
                        PLAN_START,
                        null,
                        "Licensing desk",
                        null));
    }

    private void setTermYears(ClearanceItem item, int years) {
        licences.updateTerms(
                item.id,
                item.version,
                new LicenceTerms(
                        "USD",
                        item.quotedFee == null ? null : item.quotedFee.toPlainString(),
                        item.agreedFee.toPlainString(),
                        false,
                        false,
                        null,
                        item.grantedMedia.code(),
                        "WORLD",
                        "",
                        PLAN_START,
                        years,
                        "Licensing desk",
                        null));
    }

    private List<Long> termEnds(Production film) {
        return deadlines.of(List.of(film.id)).stream()
                .filter(d -> d.kind() == DeadlineKind.TERM_END)
                .map(Deadline::itemId)
                .toList();
    }

    private CueVerdict verdict(Cue cue) {
        return clearance.evaluateCue(cue.id);
    }

    private static ItemVerdict item(CueVerdict verdict, long itemId) {
        return verdict.items().stream()
                .filter(i -> i.itemId() == itemId)
                .findFirst()
                .orElseThrow();
    }

    private static ClearanceItem find(Cue cue, long itemId) {
        return cue.items.stream().filter(i -> i.id == itemId).findFirst().orElseThrow();
    }

    private static Long amendsId(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ClearanceItem item = ClearanceItem.findById(itemId);
            return item.amends == null ? null : item.amends.id;
        });
    }

    private static long chainSize(long cueId) {
        return QuarkusTransaction.requiringNew().call(() -> ClearanceItem.count("cue.id", cueId));
    }

    private static long workVersion(long workId) {
        return QuarkusTransaction.requiringNew().call(() -> Work.<Work>findById(workId).version);
    }

    private static List<LicenceEvent> timeline(long itemId) {
        return QuarkusTransaction.requiringNew().call(() -> LicenceEvent.<LicenceEvent>list("item.id", itemId));
    }
}
