package org.rightstracker.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightstracker.core.service.TestCatalogue.publisher;

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
import org.rightstracker.core.cue.Cue;
import org.rightstracker.core.cue.CueOrigin;
import org.rightstracker.core.licence.LicenceService;
import org.rightstracker.core.licence.LicenceStatus;
import org.rightstracker.core.licence.LicenceStep;
import org.rightstracker.core.licence.LicenceTerms;
import org.rightstracker.core.party.Party;
import org.rightstracker.core.party.PartyRole;
import org.rightstracker.core.production.Production;
import org.rightstracker.core.recording.Recording;
import org.rightstracker.core.shared.ConflictException;
import org.rightstracker.core.shared.ValidationException;
import org.rightstracker.core.work.Work;
import org.rightstracker.core.work.WorkInput;
import org.rightstracker.core.work.WorkService;

@QuarkusTest
class ClearanceWorkflowTest {

    static final LocalDate PLAN_START = LocalDate.now().plusMonths(3);

    @Inject
    TestCatalogue catalogue;

    @Inject
    LicenceService licences;

    @Inject
    WorkService works;

    @Inject
    ProductionClearance clearance;

    @Test
    void soundtrackCueWalksFromNotRequestedToCleared() {
        Production film = catalogue.film(false, PLAN_START);
        Party publisherA = catalogue.organisation("Publisher A", PartyRole.PUBLISHER);
        Party publisherB = catalogue.organisation("Publisher B", PartyRole.PUBLISHER);
        Party label = catalogue.organisation("Label L", PartyRole.RECORD_LABEL);
        Work work = catalogue.work(
                catalogue.person("Writer"), List.of(publisher(publisherA, "50"), publisher(publisherB, "50")));
        Recording recording = catalogue.recording(work, label, "100");
        Cue cue = catalogue.cue(film, "2M14", CueOrigin.SOUNDTRACK, work, recording);

        Cue loaded = catalogue.reload(cue.id);
        assertThat(loaded.items)
                .extracting(i -> i.side)
                .containsExactly(ClearanceSide.SYNC, ClearanceSide.SYNC, ClearanceSide.MASTER);
        assertThat(loaded.items).allMatch(i -> i.status == LicenceStatus.NOT_REQUESTED);
        assertThat(verdict(film, cue).status()).isEqualTo(CueStatus.NOT_STARTED);

        for (ClearanceItem item : loaded.items) {
            licenseForThePlan(item.id, "5000");
            CueVerdict partly = verdict(film, cue);
            if (item != loaded.items.get(loaded.items.size() - 1)) {
                assertThat(partly.status()).isEqualTo(CueStatus.IN_PROGRESS);
            }
        }
        CueVerdict done = verdict(film, cue);
        assertThat(done.status()).isEqualTo(CueStatus.CLEARED);
        assertThat(done.problems()).isEmpty();
        assertThat(clearance.evaluate(film.id).cleared()).isTrue();
        assertThat(clearance.evaluate(film.id).budget().committed().amount()).isEqualByComparingTo("15000");
    }

    @Test
    void scoreCueIsClearedByItsComposerAgreement() {
        Production film = catalogue.film(false, PLAN_START);
        Party composer = catalogue.person("Composer");
        Work score = catalogue.work(composer, List.of());
        Cue cue = catalogue.cue(film, "1M1", CueOrigin.SCORE, score, null);

        Cue loaded = catalogue.reload(cue.id);
        assertThat(loaded.items).singleElement().satisfies(item -> {
            assertThat(item.side).isEqualTo(ClearanceSide.COMPOSER_AGREEMENT);
            assertThat(item.party.id).isEqualTo(composer.id);
        });
        assertThat(verdict(film, cue).status()).isEqualTo(CueStatus.NOT_STARTED);

        licenseForThePlan(loaded.items.get(0).id, "0");
        assertThat(verdict(film, cue).status()).isEqualTo(CueStatus.CLEARED);
    }

    @Test
    void scoreOwnedOutrightByTheStudioNeedsNoAgreement() {
        Production film = catalogue.film(true, PLAN_START);
        Cue cue = catalogue.cue(
                film, "1M1", CueOrigin.SCORE, catalogue.work(catalogue.person("Composer"), List.of()), null);

        assertThat(catalogue.reload(cue.id).items).isEmpty();
        assertThat(verdict(film, cue).status()).isEqualTo(CueStatus.CLEARED);
    }

    @Test
    void aNewHolderGetsAnItemAndADepartedHolderWithHistoryIsKeptAsObsolete() {
        Production film = catalogue.film(false, PLAN_START);
        Party original = catalogue.organisation("Original Publisher", PartyRole.PUBLISHER);
        Party untouched = catalogue.organisation("Untouched Publisher", PartyRole.PUBLISHER);
        Party newcomer = catalogue.organisation("New Publisher", PartyRole.PUBLISHER);
        Party writer = catalogue.person("Writer");
        Work work = catalogue.work(writer, List.of(publisher(original, "50"), publisher(untouched, "50")));
        Cue cue = catalogue.cue(film, "3M1", CueOrigin.SOUNDTRACK, work, null);
        ClearanceItem requested = item(cue.id, original);
        licences.move(requested.id, requested.version, LicenceStatus.REQUESTED, LicenceStep.on(null));

        Work current = works.get(work.id);
        works.update(
                work.id,
                current.version,
                new WorkInput(
                        current.title,
                        null,
                        false,
                        List.of(),
                        null,
                        List.of(new WorkInput.Writer(writer.id, "100", null, null, false)),
                        List.of(publisher(newcomer, "100"))));

        Cue after = catalogue.reload(cue.id);
        assertThat(after.items)
                .extracting(i -> i.party.id, i -> i.obsolete, i -> i.status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(original.id, true, LicenceStatus.REQUESTED),
                        org.assertj.core.groups.Tuple.tuple(newcomer.id, false, LicenceStatus.NOT_REQUESTED));
    }

    @Test
    void anImpossibleTransitionIsRefusedWithTheMovesThatArePossible() {
        ClearanceItem item = soloSyncItem();
        assertThatThrownBy(() -> licences.move(item.id, item.version, LicenceStatus.LICENSED, LicenceStep.on(null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("is not requested and cannot become licensed")
                .hasMessageContaining("Requested");
    }

    @Test
    void quotingWithoutAFeeIsRefusedAndNothingIsWritten() {
        ClearanceItem item = soloSyncItem();
        licences.move(item.id, item.version, LicenceStatus.REQUESTED, LicenceStep.on(null));
        ClearanceItem requested = catalogue.item(item.id);
        assertThatThrownBy(() -> licences.move(item.id, requested.version, LicenceStatus.QUOTED, LicenceStep.on(null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(f -> f.field())
                        .containsExactly("quotedFee"));
        assertThat(catalogue.item(item.id).status).isEqualTo(LicenceStatus.REQUESTED);
        assertThat(catalogue.item(item.id).quotedOn).isNull();
    }

    @Test
    void aStaleVersionIsRefusedInsteadOfOverwritingTheOtherChange() {
        ClearanceItem item = soloSyncItem();
        long staleVersion = item.version;
        licences.move(item.id, staleVersion, LicenceStatus.REQUESTED, LicenceStep.on(null));
        assertThatThrownBy(() -> licences.move(item.id, staleVersion, LicenceStatus.WITHDRAWN, LicenceStep.on(null)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changed by someone else");
        assertThat(catalogue.item(item.id).status).isEqualTo(LicenceStatus.REQUESTED);
    }

    private ClearanceItem soloSyncItem() {
        Production film = catalogue.film(false, PLAN_START);
        Party only = catalogue.organisation("Sole Publisher", PartyRole.PUBLISHER);
        Work work = catalogue.work(catalogue.person("Writer"), List.of(publisher(only, "100")));
        Cue cue = catalogue.cue(film, "1M9", CueOrigin.SOUNDTRACK, work, null);
        return item(cue.id, only);
    }

    private ClearanceItem item(long cueId, Party party) {
        return catalogue.reload(cueId).items.stream()
                .filter(i -> i.party.id.equals(party.id))
                .findFirst()
                .orElseThrow();
    }

    private CueVerdict verdict(Production film, Cue cue) {
        return clearance.evaluate(film.id).cues().stream()
                .filter(v -> v.cueId() == cue.id)
                .findFirst()
                .orElseThrow();
    }

    /** The whole workflow for one item, with a licence granting exactly the test plan. */
    private void licenseForThePlan(long itemId, String fee) {
        ClearanceItem item = catalogue.item(itemId);
        licences.updateTerms(
                itemId,
                item.version,
                new LicenceTerms(
                        "USD", null, null, false, false, null, "ALL_MEDIA", "WORLD", "", PLAN_START, null, null, null));
        move(itemId, LicenceStatus.REQUESTED, LicenceStep.on(null));
        move(itemId, LicenceStatus.QUOTED, LicenceStep.quote(null, fee, "USD"));
        move(itemId, LicenceStatus.APPROVED, LicenceStep.agree(null, fee));
        move(itemId, LicenceStatus.LICENSED, LicenceStep.on(null));
    }

    private void move(long itemId, LicenceStatus target, LicenceStep step) {
        licences.move(itemId, catalogue.item(itemId).version, target, step);
    }
}
